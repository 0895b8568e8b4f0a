package org.custodian.storage;

import static org.custodian.storage.StorageFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.custodian.model.CustodianException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a crash in the middle of a change the file seal cannot vouch for the database, so the open
 * reads every record back. A damaged copy of such an inventory must either be refused, untouched, or
 * open with every acknowledged record intact (the write the crash interrupted was never acknowledged
 * and may go): never open, get re-sealed as good, and fail later.
 */
@Tag("slow")
class PostCrashDamageTest {
    private static final int MUTANTS = Integer.getInteger("custodian.stress.mutants", 60);

    @TempDir
    Path temp;

    @Test
    void damagedCopiesOfACrashedInventoryAreRefusedOrOpenWholeNeverHalf() throws Exception {
        Path crashed = crashedInventory();
        Path databaseFile = crashed.resolve("inventory.mv.db");
        Path headerFile = crashed.resolve("custodian.header");
        assertTrue(Files.readString(headerFile).contains("anchor.file=open"), "the crash left the file mid-change");
        byte[] original = Files.readAllBytes(databaseFile);
        byte[] originalHeader = Files.readAllBytes(headerFile);
        int acknowledgedPeople = 30;
        assertEquals(acknowledgedPeople + 1, peopleIn(crashed), "the crashed write was committed");
        Random random = new Random(7);
        int refused = 0;
        int openedWhole = 0;
        List<String> accepted = new ArrayList<>();
        for (int mutant = 0; mutant < MUTANTS; mutant++) {
            byte[] damaged = mutate(original, mutant, random);
            if (Arrays.equals(damaged, original)) {
                continue;
            }
            Files.write(databaseFile, damaged);
            Files.write(headerFile, originalHeader);
            Map<String, String> before = fingerprint(crashed);
            try (Database db = open(crashed, CrashRecoveryTest.PASSPHRASE)) {
                long rows = db.read(tx -> RecordScan.readEverything(tx.dsl()));
                if (people(db).size() < acknowledgedPeople || rows == 0) {
                    accepted.add(
                            "mutant " + mutant + " opened with " + people(db).size() + " people, " + rows + " rows");
                } else {
                    openedWhole++;
                }
            } catch (CustodianException e) {
                if (!before.equals(fingerprint(crashed))) {
                    accepted.add("mutant " + mutant + " was refused but rewritten");
                }
                refused++;
            }
        }
        System.out.printf(
                "damaged crashed copies: %d mutants, %d refused unchanged, %d opened whole (damage in unused "
                        + "space), %d accepted half%n",
                refused + openedWhole + accepted.size(), refused, openedWhole, accepted.size());
        assertEquals(List.of(), accepted);
        assertTrue(refused > 0);
    }

    private static byte[] mutate(byte[] original, int mutant, Random random) {
        byte[] damaged = original.clone();
        switch (mutant % 3) {
            case 0 -> damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
            case 1 -> damaged = Arrays.copyOf(damaged, 4096 * random.nextInt(damaged.length / 4096));
            default -> {
                int block = 4096 * random.nextInt(damaged.length / 4096);
                Arrays.fill(damaged, block, Math.min(damaged.length, block + 4096), (byte) 0);
            }
        }
        return damaged;
    }

    /** An inventory with some history whose writer was killed between a commit and its seal. */
    private Path crashedInventory() throws Exception {
        Path folder = temp.resolve("crashed");
        try (Database db = create(folder, CrashRecoveryTest.PASSPHRASE)) {
            for (int i = 0; i < 30; i++) {
                addPerson(db, person("Person " + i));
            }
        }
        Process writer = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-D" + CrashPoint.PROPERTY + "=write-after-commit",
                        CrashingWriter.class.getName(),
                        folder.toString(),
                        "100",
                        "once",
                        "1")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader err =
                new BufferedReader(new InputStreamReader(writer.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null && !line.contains("CRASH-POINT "); line = err.readLine()) {
                // log lines before the announcement
            }
            new ProcessBuilder("kill", "-9", String.valueOf(writer.pid()))
                    .start()
                    .waitFor();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        }
        Path pristine = temp.resolve("crashed-pristine");
        copyFolder(folder, pristine);
        return pristine;
    }

    private int peopleIn(Path folder) throws IOException {
        Path probe = temp.resolve("probe");
        copyFolder(folder, probe);
        try (Database db = open(probe, CrashRecoveryTest.PASSPHRASE)) {
            return people(db).size();
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Files.copy(source, to.resolve(from.relativize(source).toString()));
            }
        }
    }
}
