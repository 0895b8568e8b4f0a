package org.custodian.storage;

import static org.custodian.storage.StorageFixture.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.custodian.model.ReadOnlyInventoryException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, 4.8: an inventory on a read-only medium (a real read-only mount; needs root, as on the CI
 * machine, skipped elsewhere) opens to read; a change is refused plainly and nothing is written.
 */
@Tag("slow")
class ReadOnlyInventoryTest {
    private static final String PASSPHRASE = "a long pass phrase";

    @TempDir
    Path temp;

    private Path mountPoint;

    @Test
    void aReadOnlyInventoryOpensToReadAndRefusesChanges() throws Exception {
        Path folder = inventoryOnReadOnlyMount(false);
        Map<String, String> before = fingerprint(folder);
        try (Database db = open(folder, PASSPHRASE)) {
            assertTrue(db.readOnly());
            assertEquals("Ann Reader", people(db).get(0).name());
            ReadOnlyInventoryException refused =
                    assertThrows(ReadOnlyInventoryException.class, () -> addPerson(db, person("Not Written")));
            assertTrue(refused.getMessage().contains("nothing was changed"), refused.getMessage());
            assertTrue(refused.nextStep().contains("copy the whole inventory folder"), refused.nextStep());
        }
        assertEquals(before, fingerprint(folder), "not a byte changed");
    }

    @Test
    void withoutALockFileItOpensToReadAsWell() throws Exception {
        Path folder = inventoryOnReadOnlyMount(true);
        try (Database db = open(folder, PASSPHRASE)) {
            assertTrue(db.readOnly());
            assertEquals(1, people(db).size());
        }
    }

    private Path inventoryOnReadOnlyMount(boolean withoutLockFile) throws Exception {
        mountPoint = Files.createDirectories(temp.resolve("medium"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", mountPoint.toString()), "cannot mount here");
        Path folder = mountPoint.resolve("inv");
        try (Database db = create(folder, PASSPHRASE)) {
            addPerson(db, person("Ann Reader"));
        }
        if (withoutLockFile) {
            Files.delete(InventoryFolder.of(folder).lockFile());
        }
        assertTrue(run("mount", "-o", "remount,ro", mountPoint.toString()), "remount read-only");
        return folder;
    }

    private static boolean run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mountPoint != null) {
            run("umount", "-l", mountPoint.toString());
        }
    }
}
