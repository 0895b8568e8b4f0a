package org.custodian.model;

/** Every change is saved, but the backup that follows them could not be written. */
public class BackupFailedException extends StorageException {
    public BackupFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String nextStep() {
        return "Free some disk space or make the backups folder writable; the next change writes a backup again.";
    }
}
