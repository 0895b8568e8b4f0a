package org.custodian.storage;

import static org.custodian.storage.StorageFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.custodian.model.InventoryInUseException;
import org.custodian.model.Person;
import org.custodian.model.ValidationException;
import org.custodian.model.WrongPassphraseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseTest {
    @TempDir
    Path temp;

    @Test
    void createdInventoryKeepsItsRecordsAcrossCloseAndOpen() {
        Path folder = temp.resolve("acme");
        Person ann = person("Ann Example");
        try (Database db = create(folder, "a long pass phrase")) {
            addPerson(db, ann);
        }
        try (Database db = open(folder, "a long pass phrase")) {
            assertEquals(List.of(ann), people(db));
            assertEquals(1, db.auditHead());
        }
    }

    @Test
    void filesAreOwnerOnly() throws Exception {
        Path folder = temp.resolve("private");
        try (Database db = create(folder, "a long pass phrase")) {
            addPerson(db, person("Ann Example"));
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        try (var files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertEquals(
                        "rw-------",
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                        file.toString());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "correct horse battery staple",
                "k€y with €uro signs",
                "emoji 🔑🗝️ passphrase",
                "ümläut ünd àccents",
                "semi;colon and 'quotes' and \"doubles\""
            })
    void passphrasesWithSpacesSymbolsAndEmojiRoundTrip(String passphrase) {
        Path folder = temp.resolve("pp");
        try (Database db = create(folder, passphrase)) {
            addPerson(db, person("Ann Example"));
        }
        try (Database db = open(folder, passphrase)) {
            assertEquals(1, people(db).size());
        }
    }

    @Test
    void passphraseOf256CharactersRoundTrips() {
        String passphrase = "x€ ".repeat(85) + "end";
        assertEquals(258, passphrase.length());
        Path folder = temp.resolve("long");
        create(folder, passphrase).close();
        open(folder, passphrase).close();
        assertThrows(WrongPassphraseException.class, () -> open(folder, passphrase.substring(0, 255)));
    }

    /** H2 on its own drops the high byte of each character: "k€y" would open a file made with "k¬y". */
    @Test
    void passphraseDifferingOnlyInAHighByteIsRejected() {
        Path folder = temp.resolve("highbyte");
        create(folder, "k€y k€y k€y").close();
        assertThrows(WrongPassphraseException.class, () -> open(folder, "k¬y k¬y k¬y"));
    }

    /** H2 on its own ends the file password at the first space. */
    @Test
    void passphraseDifferingOnlyAfterASpaceIsRejected() {
        Path folder = temp.resolve("space");
        create(folder, "correct horse battery staple").close();
        assertThrows(WrongPassphraseException.class, () -> open(folder, "correct horse battery stable"));
    }

    @Test
    void wrongPassphraseGivesAPlainMessageAndLeavesEveryFileUnchanged() {
        Path folder = temp.resolve("wrong");
        try (Database db = create(folder, "the right passphrase")) {
            addPerson(db, person("Ann Example"));
        }
        Map<String, String> before = fingerprint(folder);
        for (int attempt = 0; attempt < 10; attempt++) {
            WrongPassphraseException e =
                    assertThrows(WrongPassphraseException.class, () -> open(folder, "the wrong passphrase"));
            assertEquals("The passphrase does not open this inventory.", e.getMessage());
        }
        assertEquals(before, fingerprint(folder));
        open(folder, "the right passphrase").close();
    }

    @Test
    void secondOpenWhileOpenIsRefusedAsAlreadyOpen() {
        Path folder = temp.resolve("busy");
        try (Database db = create(folder, "a long pass phrase")) {
            Map<String, String> before = fingerprint(folder);
            InventoryInUseException e =
                    assertThrows(InventoryInUseException.class, () -> open(folder, "a long pass phrase"));
            assertTrue(e.getMessage().contains("already open"));
            assertEquals(before, fingerprint(folder));
        }
        open(folder, "a long pass phrase").close();
    }

    @Test
    void passphraseChangeRewrapsTheKeyAndLeavesTheDatabaseFileAlone() throws Exception {
        Path folder = temp.resolve("rewrap");
        try (Database db = create(folder, "first passphrase")) {
            addPerson(db, person("Ann Example"));
        }
        byte[] databaseBefore;
        try (Database db = open(folder, "first passphrase")) {
            databaseBefore = Files.readAllBytes(folder.resolve("inventory.mv.db"));
            db.changePassphrase("second passphrase".toCharArray(), FAST);
            assertArrayEquals(databaseBefore, Files.readAllBytes(folder.resolve("inventory.mv.db")));
        }
        assertThrows(WrongPassphraseException.class, () -> open(folder, "first passphrase"));
        try (Database db = open(folder, "second passphrase")) {
            assertEquals(1, people(db).size());
        }
    }

    @Test
    void failedWriteRollsBackEverythingItDid() {
        Path folder = temp.resolve("rollback");
        try (Database db = create(folder, "a long pass phrase")) {
            Person ann = person("Ann Example");
            addPerson(db, ann);
            assertThrows(
                    ValidationException.class,
                    () -> db.write(tx -> {
                        new PersonRepository().add(tx, person("Bob Example"));
                        throw new ValidationException(List.of());
                    }));
            assertEquals(List.of(ann), people(db));
            assertEquals(1, db.auditHead());
        }
        open(folder, "a long pass phrase").close();
    }

    @Test
    void pathsThatWouldInjectJdbcSettingsAreRefused() {
        Path folder = temp.resolve("inv;INIT=RUNSCRIPT FROM 'x'");
        ValidationException e = assertThrows(ValidationException.class, () -> create(folder, "a long pass phrase"));
        assertTrue(e.getMessage().contains("cannot contain ';'"));
        assertFalse(Files.exists(folder));
    }

    @Test
    void aBackslashInThePathIsRefusedBeforeAnythingIsWrittenWhereItIsNoSeparator() {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                "/".equals(temp.getFileSystem().getSeparator()));
        Path folder = temp.resolve("a\\b");
        ValidationException e = assertThrows(ValidationException.class, () -> create(folder, "a long pass phrase"));
        assertTrue(e.getMessage().contains("backslashes"), e.getMessage());
        assertFalse(Files.exists(folder));
        assertFalse(Files.exists(temp.resolve("a")), "nothing written where H2 would have put it");
    }

    @Test
    void newInventoryRefusesAFolderThatHoldsOtherFiles() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("busy-folder"));
        Files.writeString(folder.resolve("thesis.docx"), "precious");
        assertThrows(org.custodian.model.StorageException.class, () -> create(folder, "a long pass phrase"));
        assertEquals("precious", Files.readString(folder.resolve("thesis.docx")));
    }

    @Test
    void closingAfterChangesLeavesAVerifiableBackup() throws Exception {
        Path folder = temp.resolve("backed-up");
        try (Database db = create(folder, "a long pass phrase")) {
            addPerson(db, person("Ann Example"));
        }
        try (var files = Files.list(folder.resolve("backups"))) {
            List<String> names =
                    files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), names.toString());
            assertTrue(names.get(0).endsWith(".header") && names.get(1).endsWith(".mv.db"), names.toString());
        }
    }

    @Test
    void schemaVersionMatchesTheShippedMigrations() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            // the highest version shipped, not the number of files: a version may be reserved for another change
            assertEquals(
                    SchemaMigrations.LATEST,
                    files.map(p -> p.getFileName().toString())
                            .filter(name -> name.matches("V\\d+__.*\\.sql"))
                            .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                            .max()
                            .orElse(0));
        }
    }
}
