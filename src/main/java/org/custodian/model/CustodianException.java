package org.custodian.model;

/**
 * The one family of failures a user may see. Messages are written for the person in front of the
 * screen and never carry inventory values or secrets, so they are safe to show and to log.
 */
public abstract class CustodianException extends RuntimeException {
    protected CustodianException(String message) {
        super(message);
    }

    protected CustodianException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What the user can do next, in one sentence. */
    public abstract String nextStep();
}
