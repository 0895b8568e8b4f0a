package org.custodian.model;

/** The inventory's folder cannot be written here (a read-only medium, or no permission). */
public class ReadOnlyInventoryException extends StorageException {
    public ReadOnlyInventoryException(String message) {
        super(message);
    }

    @Override
    public String nextStep() {
        return "To change it, copy the whole inventory folder to a folder you can write, and open the copy.";
    }
}
