package org.custodian.model;

/** The inventory was written by a newer Custodian than this one. */
public class NewerVersionException extends CustodianException {
    public NewerVersionException(String message) {
        super(message);
    }

    public NewerVersionException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String nextStep() {
        return "Open it with the newer version of Custodian that created it.";
    }
}
