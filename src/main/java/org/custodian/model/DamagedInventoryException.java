package org.custodian.model;

/** The inventory failed verification; it was not opened for writing and not changed. */
public class DamagedInventoryException extends CustodianException {
    public DamagedInventoryException(String message) {
        super(message);
    }

    public DamagedInventoryException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String nextStep() {
        return "Restore the newest backup from the inventory's backups folder, or choose another inventory.";
    }
}
