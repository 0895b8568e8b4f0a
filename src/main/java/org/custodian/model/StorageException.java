package org.custodian.model;

/** Reading or writing the inventory's files failed (disk full, permissions, missing folder). */
public class StorageException extends CustodianException {
    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String nextStep() {
        return "Check that the disk has free space and the folder is writable, then try again.";
    }
}
