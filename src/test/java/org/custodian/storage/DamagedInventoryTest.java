package org.custodian.storage;

import static org.custodian.storage.StorageFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.custodian.model.CustodianException;
import org.custodian.model.DamagedInventoryException;
import org.custodian.model.NewerVersionException;
import org.custodian.model.WrongPassphraseException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of damage is refused with a plain message, and the refused files stay byte-identical. */
class DamagedInventoryTest {
    private static final String PASSPHRASE = "a long pass phrase";

    @TempDir
    Path temp;

    private Path folder;
    private Path databaseFile;
    private Path headerFile;

    @BeforeEach
    void createInventoryWithSomeHistory() {
        folder = temp.resolve("inventory");
        try (Database db = create(folder, PASSPHRASE)) {
            for (int i = 0; i < 5; i++) {
                addPerson(db, person("Person " + i));
            }
        }
        databaseFile = folder.resolve("inventory.mv.db");
        headerFile = folder.resolve("custodian.header");
    }

    @Test
    @Tag("slow")
    void randomBitFlipsTruncationsAndZeroedBlocksAreAllRefusedAndNeverRewritten() throws IOException {
        byte[] original = Files.readAllBytes(databaseFile);
        Random random = new Random(42);
        int mutants = Integer.getInteger("custodian.stress.mutants", 120);
        for (int mutant = 0; mutant < mutants; mutant++) {
            byte[] damaged = original.clone();
            switch (mutant % 3) {
                case 0 -> damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
                case 1 -> damaged = java.util.Arrays.copyOf(damaged, 4096 * random.nextInt(damaged.length / 4096));
                default -> {
                    int block = 4096 * random.nextInt(damaged.length / 4096);
                    java.util.Arrays.fill(damaged, block, Math.min(damaged.length, block + 4096), (byte) 0);
                }
            }
            if (java.util.Arrays.equals(damaged, original)) {
                continue;
            }
            Files.write(databaseFile, damaged);
            Map<String, String> before = fingerprint(folder);
            assertThrows(DamagedInventoryException.class, () -> open(folder, PASSPHRASE), "mutant " + mutant);
            assertEquals(before, fingerprint(folder), "mutant " + mutant + " was rewritten");
        }
        Files.write(databaseFile, original);
        open(folder, PASSPHRASE).close();
        System.out.printf("damaged closed copies: %d mutants, 0 silently accepted, 0 rewritten%n", mutants);
    }

    @Test
    void anOlderCopyOfTheDatabasePutBackIsRefused() throws IOException {
        Path older = temp.resolve("older.mv.db");
        Files.copy(databaseFile, older);
        try (Database db = open(folder, PASSPHRASE)) {
            addPerson(db, person("Late Addition"));
        }
        Files.copy(older, databaseFile, StandardCopyOption.REPLACE_EXISTING);
        assertRefusedUnchanged(DamagedInventoryException.class, "changed outside Custodian");
    }

    @Test
    void missingDatabaseFileIsRefused() throws IOException {
        Files.delete(databaseFile);
        assertRefusedUnchanged(DamagedInventoryException.class, "damaged");
        assertFalse(Files.exists(databaseFile), "opening must not create an empty database in its place");
    }

    @Test
    void headerWithABrokenChecksumIsRefusedBeforeThePassphraseIsTried() throws IOException {
        replaceInHeader("kdf.iterations=1", "kdf.iterations=2", false);
        assertRefusedUnchanged(DamagedInventoryException.class, "checksum");
    }

    @Test
    void headerWithLoweredKdfCostIsRefusedBeforeTheKdfRuns() throws IOException {
        KdfPolicy strict = new KdfPolicy(new KdfParameters(64 * 1024, 3, 1), java.time.Duration.ZERO);
        Map<String, String> before = fingerprint(folder);
        long start = System.nanoTime();
        DamagedInventoryException e = assertThrows(
                DamagedInventoryException.class,
                () -> Database.open(folder, PASSPHRASE.toCharArray(), strict, "tester", CLOCK));
        assertTrue(e.getMessage().contains("weaker passphrase check"), e.getMessage());
        assertTrue(System.nanoTime() - start < 200_000_000L, "refused before running Argon2id");
        assertEquals(before, fingerprint(folder));
    }

    @Test
    void headerWithAChangedSaltCannotBeToldFromAWrongPassphrase() throws IOException {
        String header = Files.readString(headerFile);
        String salt = header.lines()
                .filter(l -> l.startsWith("kdf.salt="))
                .findFirst()
                .orElseThrow();
        replaceInHeader(salt, "kdf.salt=AAAAAAAAAAAAAAAAAAAAAA==", true);
        assertRefusedUnchanged(WrongPassphraseException.class, "passphrase");
    }

    @Test
    void aFlippedWrappedKeyOrNonceIsDamageNotAWrongPassphrase() throws IOException {
        String header = Files.readString(headerFile);
        for (String field : List.of("key.wrapped=", "key.nonce=")) {
            Files.writeString(headerFile, header);
            String line =
                    header.lines().filter(l -> l.startsWith(field)).findFirst().orElseThrow();
            char last = line.charAt(line.length() - 3);
            replaceInHeader(
                    line,
                    line.substring(0, line.length() - 3)
                            + (last == 'A' ? 'B' : 'A')
                            + line.substring(line.length() - 2),
                    true);
            assertRefusedUnchanged(DamagedInventoryException.class, "key stored in its header was altered");
        }
    }

    @Test
    void aHeaderThatIsNotTextIsDamageNotADiskProblem() throws IOException {
        byte[] bytes = Files.readAllBytes(headerFile);
        bytes[3] = (byte) 0xC3;
        bytes[4] = (byte) 0x28;
        Files.write(headerFile, bytes);
        assertRefusedUnchanged(DamagedInventoryException.class, "not readable text");
    }

    @Test
    void theDemoFlagCannotBeSwitchedOnWithoutTheKey() throws IOException {
        replaceInHeader("demo=false", "demo=true", true);
        assertRefusedUnchanged(DamagedInventoryException.class, "its header was altered");
    }

    @Test
    void editedAnchorIsRefused() throws IOException {
        replaceInHeader("anchor.seq=5", "anchor.seq=4", true);
        assertRefusedUnchanged(DamagedInventoryException.class, "altered");
    }

    @Test
    void inventoryFromANewerFileFormatIsRefused() throws IOException {
        replaceInHeader(
                "custodian-inventory=" + InventoryHeader.FORMAT,
                "custodian-inventory=" + (InventoryHeader.FORMAT + 1),
                true);
        assertRefusedUnchanged(NewerVersionException.class, "newer version");
    }

    @Test
    void inventoryWithANewerSchemaIsRefused() throws IOException {
        replaceInHeader(
                "anchor.schema=" + SchemaMigrations.LATEST, "anchor.schema=" + (SchemaMigrations.LATEST + 4), true);
        assertRefusedUnchanged(NewerVersionException.class, "newer version");
    }

    @Test
    void folderWithoutAnInventoryIsRefusedPlainly() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        var e = assertThrows(org.custodian.model.NoInventoryException.class, () -> open(empty, PASSPHRASE));
        assertTrue(e.getMessage().contains("No Custodian inventory"), e.getMessage());
        assertFalse(Files.exists(empty.resolve(".lock")));
    }

    private void assertRefusedUnchanged(Class<? extends CustodianException> type, String messagePart) {
        Map<String, String> before = fingerprint(folder);
        CustodianException e = assertThrows(type, () -> open(folder, PASSPHRASE));
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
        assertFalse(e.getMessage().contains(PASSPHRASE));
        assertEquals(before, fingerprint(folder));
    }

    /** Edits a header line; with {@code fixChecksum} the edit is as a careful attacker would make it. */
    private void replaceInHeader(String from, String to, boolean fixChecksum) throws IOException {
        String header = Files.readString(headerFile);
        assertTrue(header.contains(from), from);
        String body = header.substring(0, header.indexOf("checksum=")).replace(from, to);
        String checksum = header.substring(header.indexOf("checksum="));
        if (fixChecksum) {
            try {
                checksum = "checksum="
                        + java.util.HexFormat.of()
                                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                        .digest(body.getBytes(StandardCharsets.UTF_8)))
                        + "\n";
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        Files.writeString(headerFile, body + checksum);
    }
}
