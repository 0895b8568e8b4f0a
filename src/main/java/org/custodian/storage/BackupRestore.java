package org.custodian.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.custodian.model.BackupStatus;
import org.custodian.model.DamagedInventoryException;
import org.custodian.model.StorageException;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;

/**
 * Puts a backup into a new folder as an inventory of its own; the inventory it came from is never
 * touched. The copy gets the current header's key wrapping, so today's passphrase opens it (the data key
 * never changes; a backup's own header may still wrap it under an older passphrase). Only the anchor
 * comes from the backup's header.
 */
final class BackupRestore {
    private BackupRestore() {}

    static BackupStatus restore(
            InventoryFolder source, InventoryHeader current, KeyRing keys, Backups.Backup backup, Path to) {
        InventoryFolder target = InventoryFolder.of(to);
        if (target.dir().startsWith(source.dir())) {
            throw new ValidationException(List.of(new Violation(
                    "to",
                    "Restore into a folder outside the inventory's own folder " + source.dir()
                            + ", so the two stay apart")));
        }
        // Verified before anything is created: a backup that fails leaves no folder behind.
        BackupStatus chosen = BackupCheck.verify(backup, keys);
        if (!chosen.verified()) {
            throw new DamagedInventoryException(
                    "The backup from " + chosen.when() + " (" + backup.name() + ") does not verify: " + chosen.problem()
                            + ". Nothing was restored.",
                    "Choose another backup; check --backups or the Backups screen shows which verify.",
                    null);
        }
        target.prepareForNewInventory();
        try (InventoryLock lock = InventoryLock.acquire(target.lockFile())) {
            Anchor anchor = InventoryHeader.read(backup.header()).anchor();
            InventoryHeader restored =
                    current.withAnchor(anchor.withFileMac(copy(backup, anchor, target, keys), keys.anchorKey));
            restored.write(target.header(), keys);
            // Opened once, as the next open will: the header read back, the seal, H2 read-only, the history.
            // A copy of a legacy zip is read back record by record, as its check was.
            InventoryHeader readBack = InventoryHeader.read(target.header());
            if (!readBack.authentic(keys.headerKey)) {
                throw InventoryHeader.damaged("the restored copy's header did not read back as written");
            }
            BackupCheck.check(target, InventoryFolder.DATABASE_NAME, readBack, keys, backup.legacyZip());
            return chosen;
        } catch (IOException e) {
            throw new StorageException(
                    "Could not restore the backup into " + target.dir() + " ("
                            + e.getClass().getSimpleName() + "). Check the free disk space.",
                    e);
        }
    }

    /** Copies (or, for a legacy zip, takes out) the database file and returns the seal of exactly what was written. */
    private static String copy(Backups.Backup backup, Anchor anchor, InventoryFolder target, KeyRing keys)
            throws IOException {
        if (backup.legacyZip()) {
            LegacyBackup.extract(backup.database(), target.databaseFile());
            return FileSeal.of(target.databaseFile(), keys.fileKey);
        }
        String copied = Backups.copySealed(backup.database(), target.databaseFile(), keys.fileKey);
        if (!copied.equals(anchor.fileMac())) {
            throw InventoryHeader.damaged("the backup " + backup.name() + " changed while it was being restored");
        }
        return copied;
    }
}
