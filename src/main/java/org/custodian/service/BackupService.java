package org.custodian.service;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.custodian.model.BackupStatus;
import org.custodian.model.InventoryInUseException;
import org.custodian.storage.Database;
import org.custodian.storage.InventoryBackups;

/**
 * The backups of one open inventory: list them, verify each like an inventory, restore one into a new
 * folder. Neither touches the inventory itself or its backups.
 */
public final class BackupService {
    private final Database database;

    BackupService(Database database) {
        this.database = database;
    }

    /** Newest first, as their headers describe them; quick, nothing is opened. */
    public List<BackupStatus> list() {
        return InventoryBackups.list(database);
    }

    /**
     * The newest backup holding exactly the inventory's state now (the close-time backup after its last
     * change), by its count of changes; empty when that backup is missing or failed.
     */
    public java.util.Optional<BackupStatus> ofCurrentState() {
        long head = database.auditHead();
        return list().stream().filter(b -> b.changes() == head).findFirst();
    }

    /** Newest first, each opened read-only and verified; takes a moment per backup. */
    public List<BackupStatus> check() {
        return InventoryBackups.check(database);
    }

    /**
     * Restores {@code backup} (its file or name) into {@code to}, which must be new or empty; the current
     * passphrase opens the result. Returns the backup restored.
     */
    public BackupStatus restore(String backup, Path to) {
        return undoingOnFailure(to, () -> InventoryBackups.restore(database, backup, to));
    }

    /**
     * Where a restore into a folder the user picked goes: that folder when it is new or empty, else a new
     * folder inside it named after the backup, so picking a parent folder never meets "not empty".
     */
    public static Path targetIn(Path chosen, BackupStatus backup) {
        return isNewOrEmpty(chosen) ? chosen : chosen.resolve(backup.name() + "-restored");
    }

    /** A restore that fails takes back the folder it made, so a retry meets a clean folder, as creation does. */
    static BackupStatus undoingOnFailure(Path to, Supplier<BackupStatus> restore) {
        NewFolder before = NewFolder.before(to);
        try {
            return restore.get();
        } catch (InventoryInUseException e) {
            throw e; // another process holds that folder: what is in it is not ours to remove
        } catch (RuntimeException e) {
            before.undo();
            throw e;
        }
    }

    private static boolean isNewOrEmpty(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
