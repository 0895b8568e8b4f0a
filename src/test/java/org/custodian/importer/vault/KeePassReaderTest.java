package org.custodian.importer.vault;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.custodian.model.ValidationException;
import org.custodian.model.WrongPassphraseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Real .kdbx files written by KeePassJava2 in each format the issue names, read back as metadata only. */
class KeePassReaderTest {
    @TempDir
    Path temp;

    private static VaultContent read(Path file, String passphrase, Path keyFile, boolean notes) {
        return new VaultFile(VaultFormat.KEEPASS, file, passphrase.toCharArray(), keyFile, notes).read();
    }

    @ParameterizedTest
    @EnumSource(VaultFixtures.Kdbx.class)
    void readsTitlesGroupsUsersUrlsAndDatesInEveryFormatAndNoSecret(VaultFixtures.Kdbx format) throws Exception {
        Path file = VaultFixtures.kdbx(temp.resolve("IT.kdbx"), 12, format, null);
        VaultContent content = read(file, VaultFixtures.VAULT_PASSPHRASE, null, false);
        assertEquals(12, content.entries().size());
        VaultEntry first = content.entries().get(0);
        assertEquals("root Linux 0", first.title());
        assertEquals("Servers/Linux", first.folder());
        assertEquals("user0", first.userName());
        assertEquals("https://host0.example.com", first.url());
        assertEquals(VaultFixtures.created(0), first.created());
        assertEquals(VaultFixtures.changed(0), first.passwordChanged());
        assertNull(first.notes());
        assertTrue(content.masterReference().startsWith("keepass:root:"));
        assertEquals(1, content.skipped(), "the entry in the recycle bin");
        // per entry: password, notes, otp, PIN, recovery words, one attachment
        assertEquals(12 * 6, content.fieldsDropped());
        String everything = content.toString();
        VaultFixtures.CANARIES.forEach(c -> assertFalse(everything.contains(c), c));
    }

    @Test
    void notesOnlyWhenAskedFor() throws Exception {
        Path file = VaultFixtures.kdbx(temp.resolve("IT.kdbx"), 2, VaultFixtures.Kdbx.V3_AES_KDF, null);
        VaultContent content = read(file, VaultFixtures.VAULT_PASSPHRASE, null, true);
        assertEquals(VaultFixtures.NOTES + "0", content.entries().get(0).notes());
        assertEquals(2 * 5, content.fieldsDropped());
    }

    @ParameterizedTest
    @EnumSource(VaultFixtures.Kdbx.class)
    void aWrongPassphraseSaysSoAndNamesTheFile(VaultFixtures.Kdbx format) throws Exception {
        Path file = VaultFixtures.kdbx(temp.resolve("IT.kdbx"), 2, format, null);
        WrongPassphraseException e =
                assertThrows(WrongPassphraseException.class, () -> read(file, "not the passphrase", null, false));
        assertTrue(e.getMessage().contains("IT.kdbx"), e.getMessage());
    }

    @Test
    void aKeyFileIsUsedAndAMissingOneIsAWrongPassphrase() throws Exception {
        Path key = Files.write(
                temp.resolve("IT.keyx"),
                HexFormat.of()
                        .parseHex(
                                "00112233445566778899aabbccddeeff"
                                        + "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"));
        Path file = VaultFixtures.kdbx(temp.resolve("IT.kdbx"), 3, VaultFixtures.Kdbx.V4_ARGON2_CHACHA20, key);
        assertEquals(
                3,
                read(file, VaultFixtures.VAULT_PASSPHRASE, key, false).entries().size());
        assertThrows(WrongPassphraseException.class, () -> read(file, VaultFixtures.VAULT_PASSPHRASE, null, false));
    }

    @Test
    void aDamagedOrForeignFileIsRefusedWithAPlainMessage() throws Exception {
        Path file = VaultFixtures.kdbx(temp.resolve("IT.kdbx"), 3, VaultFixtures.Kdbx.V4_ARGON2_CHACHA20, null);
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length - 200; i < bytes.length - 100; i++) {
            bytes[i] ^= 0x5A;
        }
        Path damaged = Files.write(temp.resolve("damaged.kdbx"), bytes);
        Path foreign = Files.writeString(temp.resolve("notes.kdbx"), "just some text, not a vault");
        Path truncated = Files.write(temp.resolve("short.kdbx"), java.util.Arrays.copyOf(bytes, 100));
        for (Path bad : new Path[] {damaged, foreign, truncated}) {
            RuntimeException e =
                    assertThrows(RuntimeException.class, () -> read(bad, VaultFixtures.VAULT_PASSPHRASE, null, false));
            assertTrue(e instanceof ValidationException, bad + ": " + e);
            assertTrue(e.getMessage().contains(bad.getFileName().toString()), e.getMessage());
        }
    }

    @Test
    void argon2idIsRefusedWithWhatToDoInstead() throws Exception {
        Path file = VaultFixtures.kdbx(temp.resolve("IT.kdbx"), 2, VaultFixtures.Kdbx.V4_ARGON2_CHACHA20, null);
        byte[] bytes = Files.readAllBytes(file);
        byte[] argon2d = HexFormat.of().parseHex("ef636ddf8c29444b91f7a9a403e30a0c");
        byte[] argon2id = HexFormat.of().parseHex("9e298b1956db4773b23dfc3ec6f0a1e6");
        int at = indexOf(bytes, argon2d);
        assertTrue(at > 0, "the fixture names Argon2d in its header");
        System.arraycopy(argon2id, 0, bytes, at, 16);
        Path patched = Files.write(temp.resolve("id.kdbx"), bytes);
        ValidationException e = assertThrows(
                ValidationException.class, () -> read(patched, VaultFixtures.VAULT_PASSPHRASE, null, false));
        assertTrue(e.getMessage().contains("Argon2id"), e.getMessage());
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
