package org.custodian.storage;

import static org.custodian.storage.StorageFixture.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.custodian.model.StorageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: a tiny tmpfs (needs root, as on the CI machine; skipped elsewhere). The failing
 * write must say so plainly, and everything acknowledged before it must still open.
 */
@Tag("slow")
class FullDiskTest {
    @TempDir
    Path temp;

    private Path mountPoint;

    @Test
    void aFullDiskFailsTheWriteWithAPlainMessageAndLosesNothingAcknowledged() throws Exception {
        mountPoint = Files.createDirectories(temp.resolve("tiny"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mountPoint.toString())
                .redirectErrorStream(true)
                .start();
        assumeTrue(mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0, "cannot mount a tmpfs here");
        Path folder = mountPoint.resolve("inv");
        int acknowledged = 0;
        StorageException failure = null;
        try (Database db = create(folder, "a long pass phrase")) {
            String padding = "x".repeat(3000);
            while (acknowledged < 5000) {
                try {
                    db.write(tx -> {
                        new PersonRepository().add(tx, person("Person " + System.nanoTime()));
                        tx.audit("TEST", "padding", 0, null, padding + Math.random());
                        return null;
                    });
                    acknowledged++;
                } catch (StorageException e) {
                    failure = e;
                    break;
                }
            }
        } catch (StorageException onClose) {
            // closing may fail too on a full disk; what matters is what was acknowledged
        }
        assertNotNull(failure, "the disk never filled up");
        assertTrue(failure.getMessage().contains("could not save"), failure.getMessage());
        assertTrue(failure.nextStep().contains("free space"));
        new ProcessBuilder("mount", "-o", "remount,size=16m", mountPoint.toString())
                .start()
                .waitFor();
        try (Database db = open(folder, "a long pass phrase")) {
            assertTrue(people(db).size() >= acknowledged, "acknowledged writes survive a full disk");
        }
    }

    @AfterEach
    void unmount() throws Exception {
        if (mountPoint != null) {
            new ProcessBuilder("umount", "-l", mountPoint.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
