package org.custodian.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.custodian.model.StorageException;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;

/**
 * An inventory is a private folder: the encrypted H2 file, the header beside it, a lock file and
 * backups. Paths are checked before they reach a JDBC URL, where a ';' would add settings.
 */
record InventoryFolder(Path dir) {
    static final String DATABASE_NAME = "inventory";
    static final String RECOVERY_NAME = "inventory-recovering";
    /**
     * H2's page cache for a write (KiB; its default is 16 MiB). A bulk import's one transaction touches every
     * page several times (insert, undo log, commit); with the default cache it reads them back from the
     * encrypted file again and again. Filled only as pages are used, so a small write costs nothing more.
     */
    static final int WRITE_CACHE_KIB = 512 * 1024;

    static InventoryFolder of(Path path) {
        Path dir = path.toAbsolutePath().normalize();
        String text = dir.toString();
        // H2 reads a backslash as a separator everywhere: on Linux and macOS the database would land outside the
        // folder.
        boolean foreignSeparator = !"\\".equals(dir.getFileSystem().getSeparator()) && text.contains("\\");
        if (text.contains(";")
                || text.contains("'")
                || foreignSeparator
                || text.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException(java.util.List.of(new Violation(
                    "inventory",
                    "The inventory path cannot contain ';', quotes, backslashes or control characters: "
                            + "choose another folder name")));
        }
        return new InventoryFolder(dir);
    }

    Path header() {
        return dir.resolve("custodian.header");
    }

    Path databaseFile() {
        return databaseFile(DATABASE_NAME);
    }

    Path databaseFile(String databaseName) {
        return dir.resolve(databaseName + ".mv.db");
    }

    Path lockFile() {
        return dir.resolve(".lock");
    }

    Path backups() {
        return dir.resolve("backups");
    }

    boolean holdsInventory() {
        return Files.isRegularFile(header());
    }

    /** A new inventory goes into a folder that does not exist yet or is empty, never over other files. */
    void prepareForNewInventory() {
        try {
            if (Files.exists(dir)) {
                if (!Files.isDirectory(dir)) {
                    throw new StorageException(
                            "There is a file at " + dir + "; choose a folder name for the new inventory.");
                }
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new StorageException(
                                "The folder " + dir + " is not empty; choose a new or empty folder.");
                    }
                }
            }
            SecureFiles.createPrivateDirectories(dir);
        } catch (IOException e) {
            throw new StorageException(
                    "Could not create the inventory folder " + dir + " ("
                            + e.getClass().getSimpleName() + ").",
                    e);
        }
    }

    /** False on a read-only medium or without write permission: such an inventory opens for reading only. */
    boolean writable() {
        return Files.isWritable(dir) && Files.isWritable(databaseFile()) && Files.isWritable(header());
    }

    String jdbcUrl(boolean readOnly) {
        return jdbcUrl(DATABASE_NAME, readOnly);
    }

    /** A working copy beside the database, where a crashed file is recovered before it replaces the original. */
    Path recoveryFile() {
        return dir.resolve(RECOVERY_NAME + ".mv.db");
    }

    String jdbcUrl(String databaseName, boolean readOnly) {
        String base = "jdbc:h2:file:" + dir.resolve(databaseName) + ";CIPHER=AES;TRACE_LEVEL_FILE=0;IFEXISTS=TRUE";
        return readOnly
                ? base + ";ACCESS_MODE_DATA=r"
                : base + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0;CACHE_SIZE=" + WRITE_CACHE_KIB;
    }

    String jdbcUrlForCreation() {
        return "jdbc:h2:file:" + dir.resolve(DATABASE_NAME)
                + ";CIPHER=AES;TRACE_LEVEL_FILE=0;WRITE_DELAY=0;MAX_COMPACT_TIME=0";
    }
}
