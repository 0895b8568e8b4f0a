package org.custodian.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code check --backups} and {@code restore} as a script meets them, on a real encrypted inventory with two backups. */
class BackupCliTest extends CliTestBase {
    private static final String PASSPHRASE = "correct horse battery staple";

    private Path folder;

    {
        environment.put("CUSTODIAN_PASSPHRASE", PASSPHRASE);
    }

    /** Each run's output alone, for the assertions that follow it. */
    @Override
    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return super.run(args);
    }

    /** The name record (first backup), then a saved departure plan of a new person (second backup). */
    @BeforeEach
    void inventoryWithTwoBackups() throws Exception {
        folder = temp.resolve("acme");
        assertEquals(0, run("init", "-i", folder.toString(), "--name", "Acme Ltd"));
        Thread.sleep(5); // backup names are millisecond stamps
        try (var opened = files.open(folder, PASSPHRASE.toCharArray())) {
            opened.people()
                    .registerPerson(new org.custodian.model.Person(
                            org.custodian.model.PersonId.random(),
                            "Ann Example",
                            org.custodian.model.PersonKind.EMPLOYEE,
                            null,
                            "Engineer",
                            org.custodian.model.PersonStatus.ACTIVE,
                            null,
                            null,
                            "ann@example.com",
                            null,
                            List.of(),
                            null));
        }
        assertEquals(2, backups().size());
    }

    @Test
    void aSavedChangeWhoseBackupFailsExitsWithAnErrorThatSaysTheChangeIsSaved() throws IOException {
        try (var entries = Files.list(folder.resolve("backups"))) {
            for (Path entry : entries.toList()) {
                Files.delete(entry);
            }
        }
        Files.delete(folder.resolve("backups"));
        Files.writeString(folder.resolve("backups"), "a file where the backups folder belongs");
        int exit = run("plan", "departure", "-i", folder.toString(), "--person", "Ann Example", "--save");
        assertEquals(ExitCode.ERROR, exit, "a script must notice: " + err);
        assertTrue(err.toString().contains("Saved the departure"), err.toString());
        assertTrue(err.toString().contains("Every change is saved, but the backup"), err.toString());
    }

    @Test
    void checkBackupsPrintsATableAndRestoreMakesAnInventoryTheSamePassphraseOpens() {
        assertEquals(ExitCode.OK, run("check", "--backups", "-i", folder.toString()));
        String table = out.toString();
        assertTrue(table.contains("newest first"), table);
        assertEquals(2, table.lines().filter(l -> l.contains("✓ yes")).count(), table);
        assertTrue(table.contains("All 2 backups verify."), table);
        assertFalse(table.contains(PASSPHRASE));

        Path restored = temp.resolve("restored");
        String older = backups().get(1).toString();
        assertEquals(
                ExitCode.OK, run("restore", "-i", folder.toString(), "--backup", older, "--to", restored.toString()));
        assertTrue(out.toString().startsWith("Restored the backup from "), out.toString());
        assertEquals(ExitCode.OK, run("check", "-i", restored.toString()));
        assertTrue(out.toString().contains("0 people"), out.toString());
        assertTrue(out.toString().contains("No problems found."), out.toString());
    }

    @Test
    void aDamagedBackupFailsTheCheckWithFourAndIsNotRestored() throws IOException {
        flipAByteIn(backups().get(0));
        assertEquals(ExitCode.DAMAGED, run("check", "--backups", "-i", folder.toString()));
        assertTrue(out.toString().contains("✗ NO"), out.toString());
        assertTrue(out.toString().contains("its database file was changed outside Custodian"), out.toString());
        assertTrue(out.toString().contains("1 of 2 backups do not verify."), out.toString());
        String newest = backups().get(0).getFileName().toString().replace(".mv.db", "");
        assertEquals(
                ExitCode.DAMAGED,
                run(
                        "restore",
                        "-i",
                        folder.toString(),
                        "--backup",
                        newest,
                        "--to",
                        temp.resolve("no").toString()));
        assertTrue(err.toString().contains("does not verify"), err.toString());
        assertFalse(Files.exists(temp.resolve("no")));
    }

    @Test
    void restoreRefusesANonEmptyFolderAndAnUnknownBackup() throws IOException {
        Path busy = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(busy.resolve("notes.txt"), "keep me");
        String backup = backups().get(0).toString();
        assertEquals(
                ExitCode.ERROR, run("restore", "-i", folder.toString(), "--backup", backup, "--to", busy.toString()));
        assertTrue(err.toString().contains("not empty"), err.toString());
        assertEquals("keep me", Files.readString(busy.resolve("notes.txt")));
        assertEquals(
                ExitCode.ERROR,
                run(
                        "restore",
                        "-i",
                        folder.toString(),
                        "--backup",
                        "inventory-19990101-000000-000",
                        "--to",
                        temp.resolve("new").toString()));
        assertTrue(err.toString().contains("Its backups, newest first: inventory-"), err.toString());
        assertEquals(
                ExitCode.USAGE,
                run(
                        "restore",
                        "-i",
                        folder.toString(),
                        "--to",
                        temp.resolve("new").toString()));
        environment.put("CUSTODIAN_PASSPHRASE", "the wrong passphrase");
        assertEquals(ExitCode.WRONG_PASSPHRASE, run("check", "--backups", "-i", folder.toString()));
    }

    @Test
    void aDamagedInventoryNamesTheNewestBackupThatVerifiesAndTheCommandToRestoreIt() throws IOException {
        flipAByteIn(folder.resolve("inventory.mv.db"));
        assertEquals(ExitCode.DAMAGED, run("list", "people", "-i", folder.toString()));
        String newest = backups().get(0).getFileName().toString().replace(".mv.db", "");
        assertTrue(err.toString().contains("The newest backup that verifies is from "), err.toString());
        String command =
                "custodian restore --inventory " + folder.toAbsolutePath() + " --backup " + newest + " --to NEW_FOLDER";
        assertTrue(err.toString().contains(command), err.toString());

        assertEquals(
                ExitCode.OK,
                run("check", "--backups", "-i", folder.toString()),
                "the backups check without the inventory");
        Path restored = temp.resolve("restored");
        assertEquals(
                ExitCode.OK, run("restore", "-i", folder.toString(), "--backup", newest, "--to", restored.toString()));
        assertEquals(ExitCode.OK, run("list", "people", "-i", restored.toString()));
        assertTrue(out.toString().contains("Ann Example"), out.toString());
    }

    @Test
    void helpListsRestore() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("restore"), out.toString());
        assertEquals(0, run("restore", "--help"));
        assertTrue(out.toString().contains("--to=NEW_FOLDER"), out.toString());
    }

    /** The backups' database files, newest first. */
    private List<Path> backups() {
        try (var entries = Files.list(folder.resolve("backups"))) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".mv.db"))
                    .sorted(java.util.Comparator.reverseOrder())
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void flipAByteIn(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);
    }
}
