package org.custodian.ui;

import org.custodian.model.CustodianException;
import org.slf4j.Logger;

/**
 * Where {@link Background} writes failures down: SLF4J in the window, a list in its test. Nothing written names a
 * record or a passphrase: a {@link CustodianException} is logged by its class alone (a rule's message may quote a
 * name the user typed), and an unexpected failure keeps its classes and stack frames but not its messages (an
 * escaped database error would quote the values it was given).
 */
interface FailureLog {
    /** A failure the screen explains to the user; worth a line only when debugging. */
    void expected(CustodianException failure);

    /** A failure the screen can only call unexpected: a bug, kept with its stack trace. */
    void unexpected(RuntimeException failure);

    static FailureLog slf4j(Logger logger) {
        return new FailureLog() {
            @Override
            public void expected(CustodianException failure) {
                logger.debug(
                        "Background work refused ({}); the screen says why",
                        failure.getClass().getSimpleName());
            }

            @Override
            public void unexpected(RuntimeException failure) {
                logger.error(
                        "Background work failed unexpectedly ({}); the screen shows only a generic message",
                        failure.getClass().getName(),
                        new Scrubbed(failure, 0));
            }
        };
    }

    /** A failure's class names and stack frames, its causes' too, without any message. */
    final class Scrubbed extends RuntimeException {
        private static final int DEEPEST_CAUSE = 20;
        private final String kind;

        Scrubbed(Throwable failure, int depth) {
            super(null, causeOf(failure, depth), false, true);
            this.kind = failure.getClass().getName();
            setStackTrace(failure.getStackTrace());
        }

        private static Scrubbed causeOf(Throwable failure, int depth) {
            Throwable cause = failure.getCause();
            return cause == null || cause == failure || depth >= DEEPEST_CAUSE ? null : new Scrubbed(cause, depth + 1);
        }

        /** What a stack trace prints as the head of each exception: the original class. */
        @Override
        public String toString() {
            return kind + " (message left out of the log)";
        }
    }
}
