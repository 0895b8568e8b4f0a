package org.custodian.storage;

import static org.custodian.storage.StorageFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.custodian.model.BackupFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8, 4.8: a backup that cannot be written at close is reported, never only logged. */
class BackupAtCloseTest {
    @TempDir
    Path temp;

    @Test
    void aBackupThatCannotBeWrittenIsReportedAfterTheChangeIsSavedAndTheInventoryUnlocked() throws Exception {
        Path folder = temp.resolve("inv");
        create(folder, "a long pass phrase").close();
        Path backups = folder.resolve("backups");
        deleteTree(backups);
        Files.writeString(backups, "a file where the backups folder belongs"); // no folder can be made there

        Database db = open(folder, "a long pass phrase");
        addPerson(db, person("Saved Before The Backup"));
        BackupFailedException failure = assertThrows(BackupFailedException.class, db::close);
        assertTrue(failure.getMessage().startsWith("Every change is saved, but the backup"), failure.getMessage());
        assertTrue(failure.nextStep().contains("next change writes a backup again"), failure.nextStep());

        Files.delete(backups);
        try (Database again = open(folder, "a long pass phrase")) {
            assertTrue(
                    people(again).stream().anyMatch(p -> p.name().equals("Saved Before The Backup")),
                    "the change itself is saved, and the inventory is not left locked");
        }
    }

    @Test
    void closingWithoutChangesWritesNoBackupAndReportsNothing() throws Exception {
        Path folder = temp.resolve("inv");
        create(folder, "a long pass phrase").close();
        Path backups = folder.resolve("backups");
        deleteTree(backups);
        Files.writeString(backups, "not a folder");
        assertDoesNotThrow(() -> open(folder, "a long pass phrase").close());
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
