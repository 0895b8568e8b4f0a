package org.custodian.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs storage and analysis work off the FX thread and reports back on it. Tests use a synchronous one. */
public interface TaskRunner {
    <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<RuntimeException> onFailure);

    /** Runs work on the calling thread: for view-model tests and TestFX tests that must be deterministic. */
    static TaskRunner synchronous() {
        return new TaskRunner() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<RuntimeException> onFailure) {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
