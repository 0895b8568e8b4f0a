package org.custodian.storage;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.custodian.model.BackupStatus;
import org.custodian.model.NoInventoryException;
import org.custodian.model.NotFoundException;

/**
 * Listing, verifying and restoring an inventory's backups. Each needs the inventory's keys: either from
 * an open {@link Database}, or by unlocking a folder that is not open, which works while the inventory
 * itself fails verification (that is when a backup is wanted). Neither way writes to the inventory or to
 * its backups.
 */
public final class InventoryBackups {
    private InventoryBackups() {}

    /** Every backup of the open inventory, newest first, as its header describes it (not verified yet). */
    public static List<BackupStatus> list(Database database) {
        return database.withKeys((folder, header, keys) -> BackupCheck.list(folder));
    }

    /** Every backup of the open inventory, newest first, each verified like an inventory. */
    public static List<BackupStatus> check(Database database) {
        return database.withKeys((folder, header, keys) -> BackupCheck.verifyAll(folder, keys));
    }

    /** Restores one backup of the open inventory into a new or empty folder; see {@link BackupRestore}. */
    public static BackupStatus restore(Database database, String backup, Path to) {
        return database.withKeys(
                (folder, header, keys) -> BackupRestore.restore(folder, header, keys, find(folder, backup), to));
    }

    /** The same check for an inventory that is not open: its lock, header and passphrase, but not its database. */
    public static List<BackupStatus> check(Path inventory, char[] passphrase, KdfPolicy policy) {
        return unlocked(inventory, passphrase, policy, (folder, header, keys) -> BackupCheck.verifyAll(folder, keys));
    }

    public static BackupStatus restore(Path inventory, char[] passphrase, KdfPolicy policy, String backup, Path to) {
        return unlocked(
                inventory,
                passphrase,
                policy,
                (folder, header, keys) -> BackupRestore.restore(folder, header, keys, find(folder, backup), to));
    }

    private static <T> T unlocked(Path inventory, char[] passphrase, KdfPolicy policy, KeyedWork<T> work) {
        InventoryFolder folder = InventoryFolder.of(inventory);
        if (!folder.holdsInventory()) {
            throw new NoInventoryException(folder.dir());
        }
        try (InventoryLock lock = InventoryLock.acquire(folder.lockFile())) {
            InventoryHeader header = Unlocking.readHeader(folder, policy);
            Unlocking.Unlocked unlocked = Unlocking.unlock(header, passphrase);
            KeyRing keys = unlocked.keys();
            try {
                return work.apply(folder, unlocked.header(), keys);
            } finally {
                keys.destroy();
            }
        }
    }

    /**
     * A backup named by its file (database, zip or header; anywhere, as a copy may have been moved) or by its
     * stamp name in the inventory's backups folder.
     */
    static Backups.Backup find(InventoryFolder folder, String reference) {
        String fileName;
        Path given;
        try {
            given = Path.of(reference.strip());
            fileName = given.getFileName() == null ? "" : given.getFileName().toString();
        } catch (InvalidPathException e) {
            throw notFound(folder, reference);
        }
        String name = strip(fileName);
        if (!Backups.isBackupName(name)) {
            throw notFound(folder, reference);
        }
        if (given.getParent() != null) {
            Backups.Backup there = Backups.in(given.toAbsolutePath().getParent(), name);
            if (Files.isRegularFile(there.header())) {
                return there;
            }
        }
        Backups.Backup inFolder = Backups.in(folder.backups(), name);
        if (!Files.isRegularFile(inFolder.header())) {
            throw notFound(folder, reference);
        }
        return inFolder;
    }

    private static String strip(String fileName) {
        for (String suffix : List.of(Backups.DATABASE_SUFFIX, Backups.LEGACY_SUFFIX, Backups.HEADER_SUFFIX)) {
            if (fileName.endsWith(suffix)) {
                return fileName.substring(0, fileName.length() - suffix.length());
            }
        }
        return fileName;
    }

    private static NotFoundException notFound(InventoryFolder folder, String reference) {
        List<Backups.Backup> all = Backups.list(folder);
        return new NotFoundException("No backup " + reference + " of this inventory. "
                + (all.isEmpty()
                        ? "It has no backups yet."
                        : "Its backups, newest first: "
                                + all.stream()
                                        .map(Backups.Backup::name)
                                        .limit(5)
                                        .collect(Collectors.joining(", ")) + (all.size() > 5 ? ", …" : "") + "."));
    }
}
