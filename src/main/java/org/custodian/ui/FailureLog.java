package org.custodian.ui;

import org.custodian.model.CustodianException;
import org.slf4j.Logger;

/**
 * Where {@link Background} writes failures down: SLF4J in the window, a list in its test. The messages name only
 * the kind of failure; records and passphrases never reach them (a {@link CustodianException}'s own message is
 * written for the user and carries neither).
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
                logger.debug("Background work refused ({}); the screen says why", failure.getClass().getSimpleName(),
                        failure);
            }

            @Override
            public void unexpected(RuntimeException failure) {
                logger.error("Background work failed unexpectedly ({}); the screen shows only a generic message",
                        failure.getClass().getName(), failure);
            }
        };
    }
}
