package org.custodian.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.custodian.importer.vault.CanaryScan;
import org.custodian.importer.vault.ExportFixtures;
import org.custodian.importer.vault.VaultContent;
import org.custodian.importer.vault.VaultFile;
import org.custodian.importer.vault.VaultFixtures;
import org.custodian.importer.vault.VaultFormat;
import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import org.custodian.service.VaultImportPreview;
import org.custodian.storage.DecryptedDump;
import org.custodian.storage.KdfPolicy;

/**
 * Imports a 5,000-entry vault of each format into a fresh inventory and prints a table: entries read, fields
 * left out, canary hits (inventory folder, backups and the decrypted database), and the time to read the
 * file, preview, apply, and import the same file again. The .kdbx uses a cheap Argon2d (1 MiB, one pass), so
 * the figure is the import's own cost; a real vault adds its own key derivation (KeePassXC's default: ~1 s).
 *
 * <p>Run: ./mvnw -q test-compile exec:java -Dexec.mainClass=org.custodian.bench.VaultImportBenchmark
 * (-Dexec.args=1000 for another size).
 */
public final class VaultImportBenchmark {
    private static final String PASSPHRASE = "benchmark inventory passphrase";

    private VaultImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Path temp = Files.createTempDirectory("custodian-vault-bench");
        InventoryFiles files = new InventoryFiles(KdfPolicy.fastForTests(), Clock.systemUTC(), "bench");
        List<String> rows = new ArrayList<>();
        rows.add(run(
                files,
                temp,
                VaultFormat.KEEPASS,
                VaultFixtures.kdbx(temp.resolve("IT.kdbx"), entries, VaultFixtures.Kdbx.V4_ARGON2_CHACHA20, null)));
        rows.add(run(
                files, temp, VaultFormat.KEEPASSXC_CSV, ExportFixtures.keepassxcCsv(temp.resolve("IT.csv"), entries)));
        rows.add(run(
                files,
                temp,
                VaultFormat.BITWARDEN,
                ExportFixtures.bitwarden(
                        temp.resolve("bitwarden.json"), entries - ExportFixtures.BITWARDEN_EXTRA_ENTRIES, true)));
        System.out.println("| format | entries read | fields left out | skipped | canary hits | read | preview | apply"
                + " | import again (no change) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static String run(InventoryFiles files, Path temp, VaultFormat format, Path file) throws Exception {
        Path folder = temp.resolve("inventory-" + format.name().toLowerCase(Locale.ROOT));
        files.create(folder, "Bench", PASSPHRASE.toCharArray()).close();
        VaultFile vault = new VaultFile(format, file, VaultFixtures.VAULT_PASSPHRASE.toCharArray(), null, false);
        long t0 = System.nanoTime();
        VaultContent content = vault.read();
        long read = System.nanoTime() - t0;
        VaultImportPreview preview;
        long previewTime;
        long apply;
        long again;
        try (Inventory inventory = files.open(folder, PASSPHRASE.toCharArray())) {
            long t1 = System.nanoTime();
            inventory.vaults().previewOrApply(vault, false);
            previewTime = System.nanoTime() - t1;
            long t2 = System.nanoTime();
            preview = inventory.vaults().previewOrApply(vault, true);
            apply = System.nanoTime() - t2;
        }
        try (Inventory inventory = files.open(folder, PASSPHRASE.toCharArray())) {
            long t3 = System.nanoTime();
            VaultImportPreview second = inventory.vaults().previewOrApply(vault, true);
            again = System.nanoTime() - t3;
            if (second.hasChanges()) {
                throw new IllegalStateException("importing the same vault again changed something");
            }
        }
        List<String> hits = new ArrayList<>(CanaryScan.hitsUnder(folder));
        hits.addAll(CanaryScan.hitsIn("decrypted", DecryptedDump.of(folder, PASSPHRASE)));
        return String.format(
                Locale.ROOT,
                "| %s | %,d | %,d | %d | %d | %.2f s | %.2f s | %.2f s | %.2f s |",
                format,
                preview.entriesRead(),
                content.fieldsDropped(),
                content.skipped(),
                hits.size(),
                read / 1e9,
                previewTime / 1e9,
                apply / 1e9,
                again / 1e9);
    }
}
