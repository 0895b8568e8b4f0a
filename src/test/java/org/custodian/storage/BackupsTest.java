package org.custodian.storage;

import static org.custodian.storage.StorageFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.custodian.model.BackupStatus;
import org.custodian.model.DamagedInventoryException;
import org.custodian.model.NotFoundException;
import org.custodian.model.StorageException;
import org.custodian.model.ValidationException;
import org.custodian.model.WrongPassphraseException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups verified like inventories and restored into new folders, on real encrypted files: two backups
 * (Ann at 27 Nov; Ann and Bob at 28 Nov), made by the inventory's own close.
 */
class BackupsTest {
    private static final String PASSPHRASE = "a long pass phrase";
    private static final String OLDER = "inventory-20261127-100000-000";
    private static final String NEWER = "inventory-20261128-093000-000";

    @TempDir
    Path temp;

    private Path folder;

    @BeforeEach
    void inventoryWithTwoBackups() {
        folder = temp.resolve("acme");
        try (Database db = create(folder, PASSPHRASE)) {
            addPerson(db, person("Ann Example"));
        }
        try (Database db = openAt(folder, PASSPHRASE, "2026-11-28T09:30:00Z")) {
            addPerson(db, person("Bob Example"));
        }
    }

    @Test
    void everyBackupIsListedWithItsDateSizeAndChangesAndVerifies() {
        List<BackupStatus> backups = InventoryBackups.check(folder, PASSPHRASE.toCharArray(), FAST);
        assertEquals(
                List.of(NEWER, OLDER), backups.stream().map(BackupStatus::name).toList(), "newest first");
        assertEquals("2026-11-28 09:30 UTC", backups.get(0).when());
        assertEquals(2, backups.get(0).changes());
        assertEquals(1, backups.get(1).changes());
        for (BackupStatus backup : backups) {
            assertTrue(backup.verified(), backup.toString());
            assertNull(backup.problem());
            assertTrue(backup.bytes() > 0);
        }
        try (Database db = open(folder, PASSPHRASE)) {
            assertEquals(backups, InventoryBackups.check(db), "the same with the inventory open");
            assertTrue(InventoryBackups.list(db).stream().allMatch(b -> b.check() == BackupStatus.Check.NOT_CHECKED));
        }
    }

    @Test
    void aBitFlippedBackupFailsWithItsReasonAndIsLeftAsItWas() throws IOException {
        flipAByteIn(folder.resolve("backups").resolve(NEWER + ".mv.db"));
        Map<String, String> before = fingerprint(folder.resolve("backups"));
        List<BackupStatus> backups = InventoryBackups.check(folder, PASSPHRASE.toCharArray(), FAST);
        assertEquals(BackupStatus.Check.FAILED, backups.get(0).check());
        assertEquals(
                "its database file was changed outside Custodian since it was last saved",
                backups.get(0).problem());
        assertTrue(backups.get(1).verified(), "the older one still verifies");
        assertEquals(before, fingerprint(folder.resolve("backups")), "checking never writes to a backup");
    }

    @Test
    void aBackupOfAnotherInventoryOrWithoutItsFileFails() throws IOException {
        Path other = temp.resolve("other");
        try (Database db = create(other, PASSPHRASE)) {
            addPerson(db, person("Eve Example"));
        }
        Path backups = folder.resolve("backups");
        Files.copy(
                other.resolve("backups").resolve(OLDER + ".mv.db"),
                backups.resolve(OLDER + ".mv.db"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
                other.resolve("backups").resolve(OLDER + ".header"),
                backups.resolve(OLDER + ".header"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(backups.resolve(NEWER + ".mv.db"));
        List<BackupStatus> checked = InventoryBackups.check(folder, PASSPHRASE.toCharArray(), FAST);
        assertEquals("its database file is missing", checked.get(0).problem());
        assertEquals(
                "its header was altered, or belongs to another inventory",
                checked.get(1).problem());
    }

    @Test
    void restoreMakesAnInventoryTheCurrentPassphraseOpensHoldingTheBackupsState() throws IOException {
        try (Database db = open(folder, PASSPHRASE)) {
            db.changePassphrase("the passphrase of today".toCharArray(), FAST);
        }
        Map<String, String> original = fingerprint(folder);
        Path restored = temp.resolve("restored");
        BackupStatus from = InventoryBackups.restore(
                folder,
                "the passphrase of today".toCharArray(),
                FAST,
                folder.resolve("backups").resolve(OLDER + ".mv.db").toString(),
                restored);
        assertEquals(OLDER, from.name());
        assertEquals(original, fingerprint(folder), "the inventory and its backups are untouched");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(restored)));
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(restored.resolve("inventory.mv.db"))));
        assertThrows(WrongPassphraseException.class, () -> open(restored, PASSPHRASE), "the old passphrase is gone");
        try (Database db = open(restored, "the passphrase of today")) {
            assertEquals(
                    List.of("Ann Example"),
                    people(db).stream().map(p -> p.name()).toList());
            assertEquals(1, db.auditHead());
            addPerson(db, person("Carol Example"));
        }
        try (Database db = open(restored, "the passphrase of today")) {
            assertEquals(2, people(db).size(), "the restored inventory takes changes like any other");
        }
    }

    @Test
    void restoreFromTheOpenInventoryNamesTheBackupByItsStampOrHeader() {
        try (Database db = open(folder, PASSPHRASE)) {
            InventoryBackups.restore(db, NEWER, temp.resolve("by-name"));
            InventoryBackups.restore(db, "backups/" + OLDER + ".header", temp.resolve("by-header"));
            NotFoundException missing = assertThrows(
                    NotFoundException.class,
                    () -> InventoryBackups.restore(db, "inventory-20200101-000000-000", temp.resolve("none")));
            assertTrue(missing.getMessage().contains(NEWER + ", " + OLDER), missing.getMessage());
            assertFalse(Files.exists(temp.resolve("none")));
        }
        try (Database db = open(temp.resolve("by-name"), PASSPHRASE)) {
            assertEquals(2, people(db).size());
        }
        try (Database db = open(temp.resolve("by-header"), PASSPHRASE)) {
            assertEquals(1, people(db).size());
        }
    }

    @Test
    void restoreRefusesANonEmptyTargetAndTheInventorysOwnFolder() throws IOException {
        Path busy = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(busy.resolve("thesis.docx"), "precious");
        assertThrows(
                StorageException.class,
                () -> InventoryBackups.restore(folder, PASSPHRASE.toCharArray(), FAST, NEWER, busy));
        assertEquals(List.of("thesis.docx"), names(busy));
        assertEquals("precious", Files.readString(busy.resolve("thesis.docx")));
        Map<String, String> before = fingerprint(folder);
        assertThrows(
                ValidationException.class,
                () -> InventoryBackups.restore(
                        folder, PASSPHRASE.toCharArray(), FAST, NEWER, folder.resolve("inside")));
        assertThrows(
                ValidationException.class,
                () -> InventoryBackups.restore(folder, PASSPHRASE.toCharArray(), FAST, NEWER, folder));
        assertEquals(before, fingerprint(folder));
    }

    @Test
    void aBackupThatFailsIsNotRestoredAndNoFolderIsMade() throws IOException {
        flipAByteIn(folder.resolve("backups").resolve(NEWER + ".mv.db"));
        DamagedInventoryException e = assertThrows(
                DamagedInventoryException.class,
                () -> InventoryBackups.restore(folder, PASSPHRASE.toCharArray(), FAST, NEWER, temp.resolve("new")));
        assertTrue(e.getMessage().contains("does not verify: its database file was changed"), e.getMessage());
        assertFalse(Files.exists(temp.resolve("new")));
    }

    @Test
    void aLegacyZipBackupIsVerifiedByReadingEveryRecordAndRestores() throws Exception {
        String legacy = "inventory-20261101-080000-000";
        writeLegacyBackup(legacy);
        Map<String, String> before = fingerprint(folder.resolve("backups"));
        BackupStatus checked =
                InventoryBackups.check(folder, PASSPHRASE.toCharArray(), FAST).get(2);
        assertEquals(legacy, checked.name());
        assertTrue(checked.legacy() && checked.verified(), checked.toString());
        assertEquals(before, fingerprint(folder.resolve("backups")));
        Path restored = temp.resolve("from-zip");
        InventoryBackups.restore(folder, PASSPHRASE.toCharArray(), FAST, legacy + ".zip", restored);
        try (Database db = open(restored, PASSPHRASE)) {
            assertEquals(2, people(db).size());
        }
        flipAByteIn(folder.resolve("backups").resolve(legacy + ".zip"));
        BackupStatus damaged =
                InventoryBackups.check(folder, PASSPHRASE.toCharArray(), FAST).get(2);
        assertEquals(BackupStatus.Check.FAILED, damaged.check());
        assertNotNull(damaged.problem());
    }

    @Test
    void anInventoryThatFailsOnOpenOffersTheNewestBackupThatVerifies() throws IOException {
        flipAByteIn(folder.resolve("backups").resolve(NEWER + ".mv.db"));
        flipAByteIn(folder.resolve("inventory.mv.db"));
        DamagedInventoryException e = assertThrows(DamagedInventoryException.class, () -> open(folder, PASSPHRASE));
        assertTrue(
                e.getMessage().startsWith("The inventory is damaged: its database file was changed"), e.getMessage());
        assertTrue(
                e.getMessage()
                        .endsWith("The newest backup that verifies is from 2026-11-27 10:00 UTC (backups/" + OLDER
                                + ".mv.db, 1 changes)."),
                e.getMessage());
        assertEquals(
                "Restore it into a new folder with: custodian restore --inventory " + folder.toAbsolutePath()
                        + " --backup " + OLDER + " --to NEW_FOLDER (the damaged inventory is kept as it is).",
                e.nextStep());
        assertFalse(e.getMessage().contains(PASSPHRASE));

        flipAByteIn(folder.resolve("backups").resolve(OLDER + ".mv.db"));
        e = assertThrows(DamagedInventoryException.class, () -> open(folder, PASSPHRASE));
        assertTrue(e.getMessage().endsWith("No backup of it verifies either."), e.getMessage());
    }

    /**
     * What versions before the byte copies wrote: H2's BACKUP TO zip, with the header as it stood then, in
     * format 1 (no passphrase check, no header MAC) and with its anchor open (not sealed to any file).
     */
    private void writeLegacyBackup(String name) throws Exception {
        InventoryFolder inventory = InventoryFolder.of(folder);
        InventoryHeader header = InventoryHeader.read(inventory.header());
        KeyRing keys = Unlocking.unlock(header, PASSPHRASE.toCharArray()).keys();
        Path zip = folder.resolve("backups").resolve(name + ".zip");
        try (Connection connection = H2Connection.connect(keys, inventory.jdbcUrl(true));
                Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + zip + "'");
        }
        Path headerFile = folder.resolve("backups").resolve(name + ".header");
        header.withAnchor(header.anchor().withFileMac(Anchor.CHANGING, keys.anchorKey))
                .write(headerFile, keys);
        keys.destroy();
        StringBuilder formatOne = new StringBuilder();
        for (String line : Files.readAllLines(headerFile)) {
            if (line.startsWith("custodian-inventory=")) {
                formatOne.append("custodian-inventory=1\n");
            } else if (!line.startsWith("key.check=")
                    && !line.startsWith("header.mac=")
                    && !line.startsWith("checksum=")) {
                formatOne.append(line).append('\n');
            }
        }
        String checksum = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(formatOne.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Files.writeString(headerFile, formatOne + "checksum=" + checksum + "\n");
        assertEquals(1, InventoryHeader.read(headerFile).format());
    }

    private static Database openAt(Path folder, String passphrase, String instant) {
        return Database.open(
                folder, passphrase.toCharArray(), FAST, "tester", Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private static void flipAByteIn(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);
    }

    private static List<String> names(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
