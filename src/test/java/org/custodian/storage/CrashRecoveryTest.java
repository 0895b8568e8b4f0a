package org.custodian.storage;

import static org.custodian.storage.StorageFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.custodian.model.Person;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kill -9 of a real writer process: at each named gap of the write, close and open path, and at
 * random moments of writes and of open-write-close cycles. Every write it acknowledged must be there
 * after the next open, and the next open must succeed. {@code -Dcustodian.stress.kills=200} (the
 * {@code stress} profile) runs the random loops at full scale.
 */
@Tag("slow")
class CrashRecoveryTest {
    static final String PASSPHRASE = "a long pass phrase";
    private static final int KILLS = Integer.getInteger("custodian.stress.kills", 6);

    @TempDir
    Path temp;

    @Test
    void anInventoryOpenInAnotherProcessIsRefusedUntilThatProcessDies() throws Exception {
        Path folder = temp.resolve("shared");
        create(folder, PASSPHRASE).close();
        Process writer = startWriter(folder, 0, "forever");
        try (BufferedReader out = reader(writer)) {
            assertNotNull(out.readLine(), "the other process started writing");
            var e = assertThrows(org.custodian.model.InventoryInUseException.class, () -> open(folder, PASSPHRASE));
            assertTrue(e.getMessage().contains("already open"));
            kill(writer);
        }
        open(folder, PASSPHRASE).close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "write-after-commit",
                "write-after-shutdown",
                "write-after-seal",
                "write-after-seal#3",
                "backup-before-header",
                "write-after-commit>open-before-writable",
                "write-after-commit>write-after-shutdown",
                "write-after-commit>open-before-swap"
            })
    void aKillAtEachGapLosesNoAcknowledgedChangeAndTheInventoryOpens(String gaps) throws Exception {
        Path folder = temp.resolve(gaps.replace('>', '-'));
        try (Database db = create(folder, PASSPHRASE)) {
            addPerson(db, person("Person 0"));
        }
        Set<String> acknowledged = new HashSet<>(Set.of("Person 0"));
        int next = 1;
        for (String gap : gaps.split(">")) {
            killAt(folder, gap, next, acknowledged);
            next += 100;
        }
        assertAllPresentAfterOpen(folder, acknowledged, gaps);
        assertAllPresentAfterOpen(folder, acknowledged, gaps + ", second open");
    }

    /** Runs a writer of three people that stops at {@code gap}, and kills it there. */
    private static void killAt(Path folder, String gap, int first, Set<String> acknowledged) throws Exception {
        Process writer = start(List.of(folder.toString(), String.valueOf(first), "once", "3"), gap);
        try (BufferedReader out = reader(writer);
                BufferedReader err = errors(writer)) {
            String announced = err.readLine();
            while (announced != null && !announced.contains("CRASH-POINT ")) {
                announced = err.readLine();
            }
            assertNotNull(announced, "the writer reached no gap");
            assertEquals(
                    "CRASH-POINT " + gap,
                    announced.substring(announced.indexOf("CRASH-POINT ")),
                    "the writer reached the gap");
            kill(writer);
            drain(out, acknowledged);
        }
    }

    @Test
    void acknowledgedWritesSurviveKillMinusNineAtRandomMomentsOfWriting() throws Exception {
        assertRandomKillsLoseNothing("forever", 3, 40);
    }

    @Test
    void acknowledgedWritesSurviveKillMinusNineAtRandomMomentsOfOpeningWritingAndClosing() throws Exception {
        assertRandomKillsLoseNothing("cycles", 1, 12);
    }

    private void assertRandomKillsLoseNothing(String mode, int minWrites, int maxWrites) throws Exception {
        Path folder = temp.resolve(mode);
        create(folder, PASSPHRASE).close();
        Set<String> acknowledged = new HashSet<>();
        List<String> failures = new ArrayList<>();
        int next = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process writer = startWriter(folder, next, mode);
            int wanted = ThreadLocalRandom.current().nextInt(minWrites, maxWrites);
            try (BufferedReader out = reader(writer)) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    int number = Integer.parseInt(line.substring("ACK ".length()));
                    acknowledged.add("Person " + number);
                    if (number >= next + wanted) {
                        break;
                    }
                }
                Thread.sleep(ThreadLocalRandom.current().nextInt(0, 60));
                kill(writer);
                drain(out, acknowledged);
            }
            next += maxWrites * 1000;
            try {
                assertAllPresentAfterOpen(folder, acknowledged, "kill " + kill);
            } catch (AssertionError | RuntimeException e) {
                failures.add(e.getMessage());
                break;
            }
        }
        System.out.printf(
                "crash loop %s: %d kills, %d acknowledged writes, %d failures%n",
                mode, KILLS, acknowledged.size(), failures.size());
        assertEquals(List.of(), failures);
        assertTrue(acknowledged.size() >= KILLS * minWrites);
    }

    private static void assertAllPresentAfterOpen(Path folder, Set<String> acknowledged, String when) {
        try (Database db = open(folder, PASSPHRASE)) {
            Set<String> present = new HashSet<>();
            for (Person p : people(db)) {
                present.add(p.name());
            }
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(present);
            assertEquals(Set.of(), lost, "acknowledged writes lost after " + when);
        }
    }

    /** Lines the writer printed before it died count as acknowledged too. */
    private static void drain(BufferedReader out, Set<String> acknowledged) throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            acknowledged.add("Person " + line.substring("ACK ".length()));
        }
    }

    private static Process startWriter(Path folder, int first, String mode) throws IOException {
        return start(List.of(folder.toString(), String.valueOf(first), mode), "");
    }

    private static Process start(List<String> args, String crashPoint) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-D" + CrashPoint.PROPERTY + "=" + crashPoint,
                CrashingWriter.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        if (crashPoint.isEmpty()) {
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        return builder.start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static BufferedReader errors(Process process) {
        return new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    }

    /** A real SIGKILL (Process.destroyForcibly would also close the pipes we still want to drain). */
    private static void kill(Process process) throws InterruptedException, IOException {
        new ProcessBuilder("kill", "-9", String.valueOf(process.pid())).start().waitFor();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    }
}
