package org.custodian.storage;

import org.custodian.model.BackupStatus;
import org.custodian.model.CustodianException;
import org.custodian.model.DamagedInventoryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When an inventory fails verification on open, the keys are already known (the passphrase was right), so
 * its backups can be verified there and then: the message names the newest that verifies and the command
 * that restores it, instead of sending the user to guess among files.
 */
final class BackupOffer {
    private static final Logger LOG = LoggerFactory.getLogger(BackupOffer.class);

    private BackupOffer() {}

    /** {@code failure} itself unless it is damage found with {@code keys} known; never throws. */
    static CustodianException onDamage(InventoryFolder folder, KeyRing keys, CustodianException failure) {
        if (keys == null || !(failure instanceof DamagedInventoryException)) {
            return failure;
        }
        try {
            for (Backups.Backup backup : Backups.list(folder)) {
                BackupStatus status = BackupCheck.verify(backup, keys);
                if (status.verified()) {
                    return offer(folder, status, failure);
                }
            }
            return new DamagedInventoryException(
                    failure.getMessage() + " No backup of it verifies either.",
                    "Open a copy kept elsewhere, or choose another inventory.",
                    failure.getCause());
        } catch (RuntimeException e) {
            LOG.warn(
                    "Looking for a backup that verifies failed ({})",
                    e.getClass().getSimpleName());
            return failure;
        }
    }

    private static DamagedInventoryException offer(
            InventoryFolder folder, BackupStatus backup, CustodianException failure) {
        String where = folder.dir().relativize(backup.file()).toString();
        return new DamagedInventoryException(
                failure.getMessage() + " The newest backup that verifies is from " + backup.when() + " (" + where + ", "
                        + backup.changes() + " changes).",
                "Restore it into a new folder with: custodian restore --inventory "
                        + quoted(folder.dir().toString()) + " --backup " + backup.name()
                        + " --to NEW_FOLDER (the damaged inventory is kept as it is).",
                failure.getCause());
    }

    /** Quoted when it holds a space, so the line can be pasted into a shell. */
    private static String quoted(String path) {
        return path.chars().anyMatch(Character::isWhitespace) ? "\"" + path + "\"" : path;
    }
}
