package org.custodian.storage;

import static org.custodian.storage.StorageFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.custodian.model.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 a real writer process at random moments: every write it acknowledged must be there after
 * the next open, and the next open must succeed (the OS releases the lock with the process).
 */
class CrashRecoveryTest {
    static final String PASSPHRASE = "a long pass phrase";
    private static final int KILLS = 6;
    @TempDir Path temp;

    @Test
    void anInventoryOpenInAnotherProcessIsRefusedUntilThatProcessDies() throws Exception {
        Path folder = temp.resolve("shared");
        create(folder, PASSPHRASE).close();
        Process writer = startWriter(folder, 0);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            assertNotNull(out.readLine(), "the other process started writing");
            var e = assertThrows(org.custodian.model.InventoryInUseException.class, () -> open(folder, PASSPHRASE));
            assertTrue(e.getMessage().contains("already open"));
            writer.destroyForcibly();
            writer.waitFor();
        }
        open(folder, PASSPHRASE).close();
    }

    private static Process startWriter(Path folder, int first) throws java.io.IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(), folder.toString(),
                String.valueOf(first)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void acknowledgedWritesSurviveKillMinusNine() throws Exception {
        Path folder = temp.resolve("inv");
        create(folder, PASSPHRASE).close();
        Set<String> acknowledged = new HashSet<>();
        int next = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process writer = startWriter(folder, next);
            int wanted = ThreadLocalRandom.current().nextInt(3, 40);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    int number = Integer.parseInt(line.substring("ACK ".length()));
                    acknowledged.add("Person " + number);
                    if (number >= next + wanted) {
                        break;
                    }
                }
                writer.destroyForcibly();
                writer.waitFor();
            }
            next += wanted + 1000;
            try (Database db = open(folder, PASSPHRASE)) {
                Set<String> present = new HashSet<>();
                for (Person p : people(db)) {
                    present.add(p.name());
                }
                assertTrue(present.containsAll(acknowledged), "lost acknowledged writes after kill " + kill);
            }
        }
        assertTrue(acknowledged.size() >= KILLS * 3);
    }
}
