package org.custodian.storage;

import static org.custodian.storage.StorageFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.custodian.model.CustodianException;
import org.custodian.model.Person;
import org.custodian.model.PersonId;
import org.custodian.model.PersonKind;
import org.custodian.model.PersonStatus;
import org.custodian.model.UserName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recognisable string in every field must never reach the disk in plain text, not even after a failure. */
class CanaryTest {
    private static final String CANARY = "CANARY-q7Zx93";

    @TempDir
    Path temp;

    @Test
    void canaryNeverAppearsInPlainTextAfterWritesFailuresBackupsAndClose() throws IOException {
        Path folder = temp.resolve("inv");
        Person marked = new Person(
                PersonId.random(),
                CANARY + " name",
                PersonKind.EMPLOYEE,
                null,
                CANARY + " title",
                PersonStatus.ACTIVE,
                null,
                null,
                CANARY + "@example.com",
                CANARY + " home",
                List.of(new UserName(CANARY + " system", CANARY + " user")),
                CANARY + " notes");
        try (Database db = create(folder, "a long pass phrase")) {
            addPerson(db, marked);
            CustodianException duplicate = assertThrows(CustodianException.class, () -> addPerson(db, marked));
            assertFalse(duplicate.getMessage().contains(CANARY), "error messages carry no values");
        }
        try (Database db = open(folder, "a long pass phrase")) {
            assertEquals(1, people(db).size());
        }
        assertNoCanaryUnder(folder);
        try (Stream<Path> files = Files.walk(folder)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".trace.db")), "no plaintext H2 trace file");
        }
    }

    static void assertNoCanaryUnder(Path folder) throws IOException {
        byte[][] needles = {
            CANARY.getBytes(StandardCharsets.UTF_8),
            CANARY.getBytes(StandardCharsets.UTF_16LE),
            CANARY.getBytes(StandardCharsets.UTF_16BE)
        };
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                for (byte[] needle : needles) {
                    assertFalse(contains(content, needle), "plaintext canary in " + file);
                }
                if (file.toString().endsWith(".zip")) {
                    try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
                        for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                            byte[] inner = zip.readAllBytes();
                            for (byte[] needle : needles) {
                                assertFalse(
                                        contains(inner, needle), "plaintext canary in " + file + "!" + entry.getName());
                            }
                        }
                    }
                }
            }
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
