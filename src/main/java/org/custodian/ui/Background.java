package org.custodian.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.custodian.model.CustodianException;
import org.slf4j.LoggerFactory;

/**
 * How a view model runs work off the FX thread: through the {@link TaskRunner}, with every failure written down
 * before the screen shows it. A {@link CustodianException} is an answer the user is meant to read (a rule, a wrong
 * passphrase, a damaged or busy inventory), so it is only noted at debug level; anything else is a bug, and the
 * screen's "something unexpected went wrong" would lose its stack trace, so it goes to the log at ERROR.
 * <p>
 * Requests made through one {@link Latest} replace each other: the answer to a request that a newer one (or
 * {@link Latest#forget()}) has replaced is dropped, so a slow answer never shows on a screen that has moved on.
 */
public final class Background {
    private final TaskRunner tasks;
    private final FailureLog log;

    /** Failures go to the SLF4J logger named after {@code owner}, the view model that runs the work. */
    public Background(TaskRunner tasks, Class<?> owner) {
        this(tasks, FailureLog.slf4j(LoggerFactory.getLogger(owner)));
    }

    Background(TaskRunner tasks, FailureLog log) {
        this.tasks = tasks;
        this.log = log;
    }

    /** Runs {@code work} off the FX thread, then one of the two callbacks on it. */
    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<RuntimeException> onFailure) {
        tasks.run(work, onSuccess, failure -> {
            note(failure);
            onFailure.accept(failure);
        });
    }

    /** A line of requests of one kind (one screen's list, one chosen record) where only the newest answer counts. */
    public Latest latest() {
        return new Latest();
    }

    private void note(RuntimeException failure) {
        if (failure instanceof CustodianException known) {
            log.expected(known);
        } else {
            log.unexpected(failure);
        }
    }

    /** Requests that replace each other; see {@link Background}. Used on the FX thread only, like the callbacks. */
    public final class Latest {
        private long newest;

        /** As {@link Background#run}, but the callbacks are skipped once a newer request or a forget came after. */
        public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<RuntimeException> onFailure) {
            long request = ++newest;
            Background.this.run(
                    work,
                    result -> {
                        if (request == newest) {
                            onSuccess.accept(result);
                        }
                    },
                    failure -> {
                        if (request == newest) {
                            onFailure.accept(failure);
                        }
                    });
        }

        /** Drops the answer of any request still on its way: what it was for is no longer on screen. */
        public void forget() {
            newest++;
        }
    }
}
