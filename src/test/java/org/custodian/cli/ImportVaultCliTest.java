package org.custodian.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.custodian.importer.vault.CanaryScan;
import org.custodian.importer.vault.ExportFixtures;
import org.custodian.importer.vault.VaultFixtures;
import org.custodian.model.Asset;
import org.custodian.model.AssetId;
import org.custodian.model.AssetSubtype;
import org.custodian.model.Grant;
import org.custodian.model.GrantKind;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.Rotation;
import org.custodian.service.Inventory;
import org.custodian.storage.DecryptedDump;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code import keepass | bitwarden | keepassxc-csv} as a user meets them, on a real encrypted inventory, with
 * vault files the tests write (a canary in every secret field). The "done": 40 entries in 6 groups give
 * 41 assets, the master password unlocks all 40, rotation dates come from the vault, no canary anywhere, and
 * importing again changes nothing.
 */
class ImportVaultCliTest extends CliTestBase {
    private static final String PASSPHRASE = "correct horse battery staple";

    private Path folder;
    private final List<String> logs = new ArrayList<>();

    {
        environment.put("CUSTODIAN_PASSPHRASE", PASSPHRASE);
        environment.put("CUSTODIAN_VAULT_PASSPHRASE", VaultFixtures.VAULT_PASSPHRASE);
    }

    /** Each run's output alone; what the logger writes to the process's stderr is kept too, to be searched. */
    @Override
    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        PrintStream processErr = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            return super.run(args);
        } finally {
            System.setErr(processErr);
            logs.add(logged.toString(StandardCharsets.UTF_8) + out + err);
        }
    }

    @BeforeEach
    void emptyInventory() {
        folder = temp.resolve("inventory");
        assertEquals(0, run("init", "-i", folder.toString(), "--name", "Hartwell Moor"));
    }

    private String importing(String format, Path file, String... more) {
        String[] args = Stream.concat(
                        Stream.of("import", format, file.toString(), "-i", folder.toString()), Stream.of(more))
                .toArray(String[]::new);
        int exit = run(args);
        assertEquals(0, exit, out + "\n" + err);
        return out.toString();
    }

    private InventorySnapshot snapshot() {
        try (Inventory inventory = files.open(folder, PASSPHRASE.toCharArray())) {
            return inventory.snapshot();
        }
    }

    @Test
    @Tag("slow")
    void fortyEntriesInSixGroupsGiveFortyOneAssetsTheMasterUnlockingAllAndNoCanaryAnywhere() throws Exception {
        Path vault = VaultFixtures.kdbx(temp.resolve("IT.kdbx"), 40, VaultFixtures.Kdbx.V4_ARGON2_CHACHA20, null);

        String preview = importing("keepass", vault);
        assertTrue(preview.contains("entries: 41 to add, 0 to change, 0 unchanged, 0 gone from the vault"), preview);
        assertTrue(preview.contains("Nothing written yet"), preview);
        assertEquals(0, snapshot().assets().size(), "a preview writes nothing");

        String applied = importing("keepass", vault, "--apply");
        assertTrue(applied.contains("Written in one transaction."), applied);
        InventorySnapshot after = snapshot();
        assertEquals(41, after.assets().size());
        Asset master = after.assets().stream()
                .filter(a -> a.subtype() == AssetSubtype.VAULT_MASTER_PASSWORD)
                .findFirst()
                .orElseThrow();
        assertEquals("Master password of IT.kdbx", master.name());
        List<Grant> unlocks = after.grants().stream()
                .filter(g -> g.from().equals(master.id()) && g.kind() == GrantKind.UNLOCKS)
                .toList();
        assertEquals(40, unlocks.size());
        assertEquals(40, unlocks.stream().map(Grant::to).distinct().count());
        Map<AssetId, Asset> byId = after.assets().stream().collect(Collectors.toMap(Asset::id, a -> a));
        Asset root0 = after.assets().stream()
                .filter(a -> a.name().equals("root Linux 0 (user0)"))
                .findFirst()
                .orElseThrow();
        assertEquals("KeePass file IT.kdbx, group Servers/Linux", root0.valueLocation());
        assertEquals("https://host0.example.com", root0.system());
        assertEquals(AssetSubtype.ROOT, root0.subtype());
        assertEquals(40, after.rotations().size());
        for (Rotation r : after.rotations()) {
            int i = Integer.parseInt(byId.get(r.asset()).name().replaceAll(".*\\(user(\\d+)\\)$", "$1"));
            assertEquals(VaultFixtures.changed(i), r.on(), "rotation date from the vault");
        }

        long changes = DecryptedDump.auditRows(folder, PASSPHRASE);
        String again = importing("keepass", vault, "--apply");
        assertTrue(again.contains("entries: 0 to add, 0 to change, 41 unchanged, 0 gone from the vault"), again);
        assertTrue(again.contains("Nothing to change"), again);
        assertEquals(changes, DecryptedDump.auditRows(folder, PASSPHRASE), "importing again changes nothing");

        useAndExportThenFindNoCanary();
    }

    private void useAndExportThenFindNoCanary() throws Exception {
        Path workbooks = Files.createDirectories(temp.resolve("out"));
        assertEquals(0, run("export", "inventory", "-i", folder.toString(), "--out", workbooks + "/all.xlsx"));
        assertEquals(0, run("report", "key-register", "-i", folder.toString(), "--out", workbooks + "/keys.xlsx"));
        assertEquals(0, run("report", "hygiene", "-i", folder.toString()));
        assertEquals(
                0,
                run(
                        "report",
                        "hygiene",
                        "-i",
                        folder.toString(),
                        "--format",
                        "xlsx",
                        "--out",
                        workbooks + "/hygiene.xlsx"));
        assertEquals(0, run("list", "assets", "-i", folder.toString(), "--format", "json"));
        assertEquals(0, run("check", "-i", folder.toString()));
        List<String> hits = new ArrayList<>(CanaryScan.hitsUnder(folder)); // database, header, backups
        hits.addAll(CanaryScan.hitsUnder(workbooks));
        hits.addAll(CanaryScan.hitsIn("the decrypted inventory", DecryptedDump.of(folder, PASSPHRASE)));
        hits.addAll(CanaryScan.hitsIn("stdout, stderr and logs", String.join("\n", logs)));
        CanaryScan.assertNone(hits);
        assertTrue(Files.list(folder.resolve("backups")).findAny().isPresent(), "backups were scanned too");
    }

    @Test
    void aRenamedEntryIsUpdatedInPlaceAndARemovedOneIsListedAndKept() throws Exception {
        Path vault = VaultFixtures.kdbx(temp.resolve("IT.kdbx"), 6, VaultFixtures.Kdbx.V3_AES_KDF, null);
        importing("keepass", vault, "--apply");
        VaultFixtures.edit(vault, db -> {
            var linux = db.getRootGroup().getGroups().get(0).getGroups().get(0);
            VaultFixtures.rename(db, linux.getEntries().get(0), "root on web01");
            var hosting = db.getRootGroup().getGroups().get(1);
            hosting.removeEntry(hosting.getEntries().get(0));
        });
        String preview = importing("keepass", vault);
        assertTrue(preview.contains("entries: 0 to add, 1 to change, 5 unchanged, 1 gone from the vault"), preview);
        assertTrue(preview.contains("name: \"root Linux 0 (user0)\" → \"root on web01 (user0)\""), preview);
        assertTrue(preview.contains("- gone from the vault (kept, review it): Registrar Hosting 2 (user2)"), preview);
        importing("keepass", vault, "--apply");
        InventorySnapshot after = snapshot();
        assertEquals(7, after.assets().size(), "renamed in place, the removed entry kept");
        assertTrue(after.assets().stream().anyMatch(a -> a.name().equals("root on web01 (user0)")));
        assertEquals(6, after.rotations().size(), "a rename is no rotation: the password's date comes from history");
    }

    @Test
    void aWrongVaultPassphraseExitsThreeAndWritesNothing() throws Exception {
        Path vault = VaultFixtures.kdbx(temp.resolve("IT.kdbx"), 3, VaultFixtures.Kdbx.V4_ARGON2_CHACHA20, null);
        long changes = DecryptedDump.auditRows(folder, PASSPHRASE);
        environment.put("CUSTODIAN_VAULT_PASSPHRASE", "not the vault passphrase");
        assertEquals(
                ExitCode.WRONG_PASSPHRASE,
                run("import", "keepass", vault.toString(), "-i", folder.toString(), "--apply"));
        assertTrue(err.toString().contains("does not open the vault"), err.toString());
        assertFalse(err.toString().contains("not the vault passphrase"), "the passphrase is never echoed");
        assertEquals(changes, DecryptedDump.auditRows(folder, PASSPHRASE));
        assertEquals(0, snapshot().assets().size());
    }

    @Test
    void aDamagedVaultIsRefusedAndNothingIsWritten() throws Exception {
        Path vault = Files.writeString(temp.resolve("IT.kdbx"), "not a KeePass file at all");
        assertEquals(ExitCode.ERROR, run("import", "keepass", vault.toString(), "-i", folder.toString(), "--apply"));
        assertTrue(out.toString().contains("cannot be opened as a KeePass database"), out.toString());
        assertEquals(0, snapshot().assets().size());
    }

    @Test
    void bitwardenAndKeePassXcCsvImportOnceAndNoCanaryReachesTheInventory() throws Exception {
        Path bitwarden = ExportFixtures.bitwarden(temp.resolve("bitwarden.json"), 10, true);
        Path csv = ExportFixtures.keepassxcCsv(temp.resolve("IT.csv"), 10);
        String json = importing("bitwarden", bitwarden, "--apply", "--format", "json");
        assertTrue(json.contains("\"entriesRead\" : 13"), json);
        assertTrue(json.contains("\"applied\" : true"), json);
        importing("keepassxc-csv", csv, "--apply");
        InventorySnapshot after = snapshot();
        assertEquals(13 + 1 + 10 + 1, after.assets().size());
        assertTrue(after.assets().stream()
                .anyMatch(a ->
                        a.subtype() == AssetSubtype.COMPANY_CARD && a.name().equals("Company Visa")));
        assertTrue(importing("bitwarden", bitwarden, "--apply").contains("Nothing to change"));
        assertTrue(importing("keepassxc-csv", csv, "--apply").contains("Nothing to change"));
        List<String> hits = new ArrayList<>(CanaryScan.hitsUnder(folder));
        hits.addAll(CanaryScan.hitsIn("the decrypted inventory", DecryptedDump.of(folder, PASSPHRASE)));
        hits.addAll(CanaryScan.hitsIn("stdout, stderr and logs", String.join("\n", logs)));
        CanaryScan.assertNone(hits);
    }

    @Test
    void notesComeOnlyWithIncludeNotesAndAWarning() throws Exception {
        Path csv = ExportFixtures.keepassxcCsv(temp.resolve("IT.csv"), 2);
        importing("keepassxc-csv", csv, "--apply");
        assertFalse(DecryptedDump.of(folder, PASSPHRASE).contains(VaultFixtures.NOTES));
        importing("keepassxc-csv", csv, "--apply", "--include-notes");
        assertTrue(err.toString().contains("Notes often hold secrets"), err.toString());
        assertTrue(DecryptedDump.of(folder, PASSPHRASE).contains(VaultFixtures.NOTES + "0"));
        assertFalse(DecryptedDump.of(folder, PASSPHRASE).contains(VaultFixtures.PASSWORD));
    }
}
