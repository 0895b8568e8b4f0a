package org.custodian.cli;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.custodian.model.Person;
import org.custodian.model.PersonId;
import org.custodian.model.PersonKind;
import org.custodian.model.PersonStatus;
import org.junit.jupiter.api.Test;

/** Passphrases and names that try the command line's edges: too short, endless, blocking, or full of escapes. */
class HostileInputCliTest extends CliTestBase {
    private static final String ESCAPES = "\u001B]0;owned\u0007\u001B[2J\u202E";

    @Test
    void initAndChangePassphraseRefuseWhatTheWindowRefuses() throws Exception {
        environment.put("CUSTODIAN_PASSPHRASE", "x");
        Path folder = temp.resolve("short");
        assertEquals(ExitCode.USAGE, run("init", "-i", folder.toString()));
        assertTrue(err.toString().contains("at least 10 characters"), err.toString());
        assertFalse(Files.exists(folder), "nothing was created");
        Path empty = Files.writeString(temp.resolve("empty.txt"), "\n");
        assertEquals(ExitCode.USAGE, run("init", "-i", folder.toString(), "--passphrase-file", empty.toString()));
        assertFalse(Files.exists(folder));

        environment.put("CUSTODIAN_PASSPHRASE", "exactly10!");
        assertEquals(0, run("init", "-i", folder.toString()), err.toString());
        environment.put("CUSTODIAN_NEW_PASSPHRASE", "nine char");
        assertEquals(ExitCode.USAGE, run("change-passphrase", "-i", folder.toString()));
        assertTrue(err.toString().contains("The passphrase was not changed."), err.toString());
        assertEquals(0, run("check", "-i", folder.toString()), "the old passphrase still opens it");
        assertFalse(out.toString().contains("exactly10!") || err.toString().contains("nine char"));
    }

    @Test
    void aPassphraseFileIsSmallAndOrdinaryOrRefusedAtOnce() throws Exception {
        environment.put("CUSTODIAN_PASSPHRASE", "the right passphrase");
        Path folder = temp.resolve("inv");
        assertEquals(0, run("init", "-i", folder.toString()));
        Path large = Files.writeString(temp.resolve("large.txt"), "the right passphrase\n" + "x".repeat(5000));
        assertEquals(ExitCode.USAGE, run("check", "-i", folder.toString(), "--passphrase-file", large.toString()));
        assertTrue(err.toString().contains("larger than 4 KiB"), err.toString());
        assertEquals(ExitCode.USAGE, run("check", "-i", folder.toString(), "--passphrase-file", temp.toString()));
        assertTrue(err.toString().contains("not an ordinary file"), err.toString());

        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a Unix device to read from");
        assertEquals(
                ExitCode.USAGE,
                assertTimeoutPreemptively(
                        Duration.ofSeconds(5),
                        () -> run("check", "-i", folder.toString(), "--passphrase-file", zero.toString())));
        environment.put("CUSTODIAN_NEW_PASSPHRASE", "unused but long enough");
        assertEquals(
                ExitCode.USAGE,
                assertTimeoutPreemptively(
                        Duration.ofSeconds(5),
                        () -> run(
                                "change-passphrase",
                                "-i",
                                folder.toString(),
                                "--new-passphrase-file",
                                zero.toString())));
        Path fifo = temp.resolve("fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        assertEquals(
                ExitCode.USAGE,
                assertTimeoutPreemptively(
                        Duration.ofSeconds(5),
                        () -> run("check", "-i", folder.toString(), "--passphrase-file", fifo.toString())));
        assertTrue(err.toString().contains(fifo + " is not an ordinary file"), err.toString());
    }

    @Test
    void namesFromTheInventoryReachTheTerminalWithTheirEscapesShownNotActedOn() {
        environment.put("CUSTODIAN_PASSPHRASE", "the right passphrase");
        Path folder = temp.resolve("esc");
        assertEquals(0, run("init", "-i", folder.toString(), "--name", "Acme" + ESCAPES));
        try (var inventory = files.open(folder, "the right passphrase".toCharArray())) {
            inventory
                    .people()
                    .registerPerson(new Person(
                            PersonId.random(),
                            "Eve" + ESCAPES,
                            PersonKind.EMPLOYEE,
                            null,
                            null,
                            PersonStatus.ACTIVE,
                            null,
                            null,
                            null,
                            null,
                            List.of(),
                            null));
        }
        assertEquals(0, run("check", "-i", folder.toString()));
        assertEquals(0, run("list", "people", "-i", folder.toString()));
        assertEquals(0, run("list", "people", "-i", folder.toString(), "--format", "json"));
        assertEquals(ExitCode.ERROR, run("report", "exposure", "-i", folder.toString(), "--person", "Ev" + ESCAPES));
        String printed = out.toString() + err.toString();
        for (char c : new char[] {'\u001B', '\u0007', '\u202E'}) {
            assertEquals(-1, printed.indexOf(c), "raw U+" + Integer.toHexString(c) + " in:\n" + printed);
        }
        assertTrue(out.toString().contains("Acme\\u001B]0;owned\\u0007\\u001B[2J\\u202E"), out.toString());
        assertTrue(out.toString().contains("Eve\\u001B]0;owned"), out.toString());
    }
}
