package org.custodian.model;

/** The inventory failed verification; it was not opened for writing and not changed. */
public class DamagedInventoryException extends CustodianException {
    private static final String RESTORE =
            "Restore the newest backup from the inventory's backups folder, or choose another inventory.";
    private final String nextStep;

    public DamagedInventoryException(String message) {
        this(message, RESTORE, null);
    }

    public DamagedInventoryException(String message, Throwable cause) {
        this(message, RESTORE, cause);
    }

    /** With a next step of its own, such as the exact command that restores a backup known to verify. */
    public DamagedInventoryException(String message, String nextStep, Throwable cause) {
        super(message, cause);
        this.nextStep = nextStep;
    }

    @Override
    public String nextStep() {
        return nextStep;
    }
}
