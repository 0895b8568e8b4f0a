package org.custodian.model;

/** Another Custodian process has this inventory open. */
public class InventoryInUseException extends CustodianException {
    public InventoryInUseException(String message) {
        super(message);
    }

    public InventoryInUseException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String nextStep() {
        return "Close Custodian in the other window or terminal, then try again.";
    }
}
