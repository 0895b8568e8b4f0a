package org.custodian.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.custodian.model.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the database holds fewer changes than were acknowledged (H2 lost them in a crash, or an older
 * copy was put back), the backup written at the last close may hold exactly the acknowledged state.
 * Then that copy replaces the database; the file it replaces is kept beside it, never deleted.
 */
final class Recovery {
    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    private Recovery() {}

    static InventoryHeader fromBackup(InventoryFolder folder, KeyRing keys, InventoryHeader header, long present) {
        Anchor wanted = header.anchor();
        Backups.Backup backup = Backups.holding(folder, wanted, keys)
                .orElseThrow(() -> InventoryHeader.damaged(
                        "changes that were saved are missing from its database (" + present + " of " + wanted.seq()
                                + " recorded changes present; an older copy of the file may have been put back)"));
        Anchor restored = InventoryHeader.read(backup.header()).anchor();
        try {
            Path aside = folder.dir()
                    .resolve(InventoryFolder.DATABASE_NAME + ".mv.db.replaced-"
                            + Instant.now().toEpochMilli());
            Files.move(folder.databaseFile(), aside);
            String copied = Backups.copySealed(backup.database(), folder.databaseFile(), keys.fileKey);
            if (!copied.equals(restored.fileMac())) {
                throw InventoryHeader.damaged("its backup " + backup.name() + " changed while it was being restored");
            }
            InventoryHeader recovered = header.withAnchor(restored);
            recovered.write(folder.header(), keys);
            LOG.warn(
                    "The database had lost saved changes ({} of {}); restored backup {}, kept the old file as {}",
                    present,
                    wanted.seq(),
                    backup.name(),
                    aside.getFileName());
            return recovered;
        } catch (IOException e) {
            throw new StorageException(
                    "Could not restore the inventory's last saved state from its backup ("
                            + e.getClass().getSimpleName() + "). Check the free disk space.",
                    e);
        }
    }
}
