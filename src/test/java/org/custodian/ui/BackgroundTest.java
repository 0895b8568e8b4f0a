package org.custodian.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.custodian.model.CustodianException;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;
import org.custodian.model.WrongPassphraseException;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** The one wrapper around background work: late answers dropped, failures logged by kind, shown either way. */
class BackgroundTest {
    private final HeldRunner runner = new HeldRunner();
    private final RecordingLog log = new RecordingLog();
    private final Background background = new Background(runner, log);
    private final List<String> shown = new ArrayList<>();

    @Test
    void anAnswerArrivingAfterANewerRequestIsDropped() {
        Background.Latest latest = background.latest();
        latest.run(() -> "Kevin", shown::add, failure -> shown.add("failed"));
        latest.run(() -> "Priya", shown::add, failure -> shown.add("failed"));
        runner.finishOldest();
        runner.finishOldest();
        assertEquals(List.of("Priya"), shown, "Kevin's answer came after Priya was asked for");
    }

    @Test
    void anAnswerArrivingAfterForgetIsDroppedAndALaterRequestCountsAgain() {
        Background.Latest latest = background.latest();
        latest.run(() -> "Kevin", shown::add, failure -> shown.add("failed"));
        latest.forget();
        runner.finishOldest();
        latest.run(() -> "Priya", shown::add, failure -> shown.add("failed"));
        runner.finishOldest();
        assertEquals(List.of("Priya"), shown);
    }

    @Test
    void separateLinesOfRequestsDoNotReplaceEachOther() {
        Background.Latest list = background.latest();
        Background.Latest detail = background.latest();
        list.run(() -> "list", shown::add, failure -> shown.add("failed"));
        detail.run(() -> "detail", shown::add, failure -> shown.add("failed"));
        runner.finishOldest();
        runner.finishOldest();
        assertEquals(List.of("list", "detail"), shown);
    }

    @Test
    void anUnexpectedFailureIsLoggedWithItsExceptionAndStillShown() {
        IllegalStateException bug = new IllegalStateException("a bug");
        background.<String>run(
                () -> {
                    throw bug;
                },
                shown::add,
                failure -> shown.add(Wording.failure(failure)));
        runner.finishOldest();
        assertEquals(List.of(bug), log.unexpected);
        assertTrue(log.expected.isEmpty());
        assertEquals(List.of("Something unexpected went wrong (IllegalStateException). Nothing was changed."), shown);
    }

    @Test
    void aKnownFailureIsShownAsTodayAndNotLoggedAsAnError() {
        ValidationException invalid = new ValidationException(List.of(new Violation("name", "A person needs a name")));
        background.<String>run(
                () -> {
                    throw invalid;
                },
                shown::add,
                failure -> shown.add(failure.getMessage()));
        runner.finishOldest();
        assertEquals(List.of(invalid), log.expected);
        assertTrue(log.unexpected.isEmpty());
        assertEquals(List.of(invalid.getMessage()), shown);
    }

    @Test
    void aLateFailureIsStillLoggedButNotShown() {
        Background.Latest latest = background.latest();
        latest.<String>run(
                () -> {
                    throw new NullPointerException();
                },
                shown::add,
                failure -> shown.add("failed"));
        latest.run(() -> "newer", shown::add, failure -> shown.add("failed"));
        runner.finishOldest();
        runner.finishOldest();
        assertEquals(List.of("newer"), shown);
        assertEquals(1, log.unexpected.size(), "the stack trace of a bug is kept even when no one waits for it");
    }

    @Test
    void slf4jGetsTheStackTraceAtErrorForABugAndOnlyDebugForAKnownFailure() {
        List<Object[]> calls = new ArrayList<>();
        Logger logger = (Logger) Proxy.newProxyInstance(
                Logger.class.getClassLoader(), new Class<?>[] {Logger.class}, (proxy, method, args) -> {
                    calls.add(new Object[] {method.getName(), args});
                    return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
                });
        FailureLog slf4j = FailureLog.slf4j(logger);
        IllegalStateException bug =
                new IllegalStateException("row 'Kevin Dale' broke", new IllegalArgumentException("value 'hunter2'"));
        slf4j.unexpected(bug);
        slf4j.expected(new WrongPassphraseException("The passphrase does not open this inventory."));
        assertEquals(2, calls.size());
        assertEquals("error", calls.get(0)[0]);
        Object[] errorArgs = (Object[]) calls.get(0)[1];
        Throwable logged = (Throwable) errorArgs[errorArgs.length - 1];
        assertArrayEquals(bug.getStackTrace(), logged.getStackTrace(), "SLF4J prints the bug's own stack trace");
        assertArrayEquals(bug.getCause().getStackTrace(), logged.getCause().getStackTrace());
        java.io.StringWriter printed = new java.io.StringWriter();
        logged.printStackTrace(new java.io.PrintWriter(printed));
        assertTrue(printed.toString().startsWith("java.lang.IllegalStateException"), printed.toString());
        assertTrue(printed.toString().contains("Caused by: java.lang.IllegalArgumentException"), printed.toString());
        assertFalse(
                printed.toString().contains("Kevin") || printed.toString().contains("hunter2"),
                "messages may quote records, so they stay out of the log");
        assertEquals("debug", calls.get(1)[0]);
        assertFalse(
                java.util.Arrays.stream((Object[]) calls.get(1)[1]).anyMatch(a -> a instanceof Throwable),
                "a known failure's message may quote what the user typed; only its class is logged");
    }

    /** Holds each piece of work until the test finishes it, in the order the test chooses. */
    private static final class HeldRunner implements TaskRunner {
        private final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<RuntimeException> onFailure) {
            held.add(() -> TaskRunner.synchronous().run(work, onSuccess, onFailure));
        }

        void finishOldest() {
            held.removeFirst().run();
        }
    }

    private static final class RecordingLog implements FailureLog {
        final List<RuntimeException> expected = new ArrayList<>();
        final List<RuntimeException> unexpected = new ArrayList<>();

        @Override
        public void expected(CustodianException failure) {
            expected.add(failure);
        }

        @Override
        public void unexpected(RuntimeException failure) {
            unexpected.add(failure);
        }
    }
}
