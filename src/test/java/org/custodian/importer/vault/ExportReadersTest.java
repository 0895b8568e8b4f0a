package org.custodian.importer.vault;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.custodian.model.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bitwarden's JSON and KeePassXC's CSV exports, written as those programs write them, read as metadata. */
class ExportReadersTest {
    @TempDir
    Path temp;

    private static VaultContent read(VaultFormat format, Path file, boolean notes) {
        return new VaultFile(format, file, null, null, notes).read();
    }

    private static void assertNoCanary(VaultContent content) {
        String everything = content.toString();
        VaultFixtures.CANARIES.forEach(c -> assertFalse(everything.contains(c), c));
    }

    @Test
    void bitwardenPersonalKeepsFoldersDatesAndNoSecret() throws Exception {
        Path file = ExportFixtures.bitwarden(temp.resolve("bitwarden_export.json"), 12, false);
        VaultContent content = read(VaultFormat.BITWARDEN, file, false);
        assertEquals(
                12 + ExportFixtures.BITWARDEN_EXTRA_ENTRIES, content.entries().size());
        assertEquals(ExportFixtures.BITWARDEN_SKIPPED, content.skipped());
        VaultEntry first = content.entries().get(0);
        assertEquals("Admin console 0", first.title());
        assertEquals("Servers/Linux", first.folder());
        assertEquals("user0", first.userName());
        assertEquals("https://host0.example.com", first.url());
        assertEquals(VaultFixtures.changed(0), first.passwordChanged());
        assertEquals(VaultFixtures.created(0), first.created());
        assertEquals("bitwarden:personal:bitwarden_export.json", content.masterReference());
        assertEquals(
                List.of("card", "ssh key", "secure note"),
                content.entries().subList(12, 15).stream().map(VaultEntry::kind).toList());
        assertNoCanary(content);
        // a login: password, totp, notes, 2 fields, history, attachment = 7; card 6 (+card), ssh 6 (+key), note 5
        assertEquals(12 * 7 + 6 + 6 + 5, content.fieldsDropped());
    }

    @Test
    void bitwardenOrganisationUsesCollections() throws Exception {
        Path file = ExportFixtures.bitwarden(temp.resolve("org.json"), 6, true);
        VaultContent content = read(VaultFormat.BITWARDEN, file, false);
        assertEquals("collection Servers/Windows", content.entries().get(1).folder());
        assertTrue(content.masterReference().startsWith("bitwarden:organisation:"));
        assertEquals(
                "Bitwarden export org.json, collection Servers/Windows",
                VaultFormat.BITWARDEN.location(
                        "org.json", content.entries().get(1).folder()));
        assertNoCanary(content);
    }

    @Test
    void bitwardenEncryptedOrForeignJsonIsRefused() throws Exception {
        Path encrypted = Files.writeString(temp.resolve("enc.json"), "{\"encrypted\": true, \"data\": \"x\"}");
        Path foreign = Files.writeString(temp.resolve("other.json"), "{\"hello\": 1}");
        Path broken = Files.writeString(temp.resolve("broken.json"), "{\"items\": [");
        for (Path bad : List.of(encrypted, foreign, broken)) {
            ValidationException e =
                    assertThrows(ValidationException.class, () -> read(VaultFormat.BITWARDEN, bad, false));
            assertTrue(e.getMessage().contains(bad.getFileName().toString()), e.getMessage());
        }
    }

    @Test
    void keepassxcCsvKeepsGroupsWithoutRootAndNoSecret() throws Exception {
        Path file = ExportFixtures.keepassxcCsv(temp.resolve("IT.csv"), 12);
        VaultContent content = read(VaultFormat.KEEPASSXC_CSV, file, false);
        assertEquals(12, content.entries().size());
        VaultEntry first = content.entries().get(0);
        assertEquals("Servers/Linux", first.folder());
        assertEquals(VaultFixtures.changed(0), first.passwordChanged());
        assertEquals(12 * 3, content.fieldsDropped());
        assertNoCanary(content);
        VaultContent again = read(VaultFormat.KEEPASSXC_CSV, file, true);
        assertEquals(first.reference(), again.entries().get(0).reference(), "the same entry, the same reference");
        assertEquals(VaultFixtures.NOTES + "0", again.entries().get(0).notes());
    }

    @Test
    void csvWithoutTheExportsColumnsIsRefused() throws Exception {
        Path file = Files.writeString(temp.resolve("people.csv"), "name,kind\nA,B\n");
        ValidationException e =
                assertThrows(ValidationException.class, () -> read(VaultFormat.KEEPASSXC_CSV, file, false));
        assertTrue(e.getMessage().contains("\"Group\""), e.getMessage());
    }
}
