package org.custodian.service;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.custodian.importer.vault.ExportFixtures;
import org.custodian.importer.vault.VaultFile;
import org.custodian.importer.vault.VaultFormat;
import org.custodian.model.Asset;
import org.custodian.model.AssetDetails;
import org.custodian.model.AssetId;
import org.custodian.model.AssetSubtype;
import org.custodian.model.Criticality;
import org.custodian.storage.KdfPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service behind the vault imports, on a real inventory: names, what a re-import keeps, what it refuses. */
class VaultImportTest {
    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    private final InventoryFiles files = new InventoryFiles(
            KdfPolicy.fastForTests(), Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC), "tester");

    @TempDir
    Path temp;

    private static VaultFile csv(Path file) {
        return new VaultFile(VaultFormat.KEEPASSXC_CSV, file, null, null, false);
    }

    @Test
    void aNameTakenByAnotherAssetGetsANumberAndTheOtherAssetIsUntouched() throws Exception {
        Path file = ExportFixtures.keepassxcCsv(temp.resolve("IT.csv"), 3);
        try (Inventory inventory = files.create(temp.resolve("inv"), "Acme", PASSPHRASE)) {
            Asset mine = new Asset(
                    AssetId.random(),
                    "Admin console 0 (user0)",
                    AssetSubtype.DNS,
                    Criticality.LOW,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    AssetDetails.none(AssetSubtype.DNS.kind()));
            inventory.assets().registerAsset(mine);
            VaultImportPreview preview = inventory.vaults().previewOrApply(csv(file), true);
            assertTrue(preview.changes().sections().get(0).added().contains("Admin console 0 (user0) (2)"));
            assertEquals(mine, inventory.assets().assetNamed("Admin console 0 (user0)"));
        }
    }

    @Test
    void aKindChangedInTheInventorySurvivesTheNextImport() throws Exception {
        Path file = ExportFixtures.keepassxcCsv(temp.resolve("IT.csv"), 3);
        try (Inventory inventory = files.create(temp.resolve("inv"), "Acme", PASSPHRASE)) {
            inventory.vaults().previewOrApply(csv(file), true);
            Asset imported = inventory.assets().assetNamed("Admin console 1 (user1)");
            Asset changed = new Asset(
                    imported.id(),
                    imported.name(),
                    AssetSubtype.REGISTRAR,
                    Criticality.CRITICAL,
                    imported.system(),
                    null,
                    null,
                    null,
                    90,
                    null,
                    imported.valueLocation(),
                    null,
                    null,
                    null,
                    AssetDetails.none(AssetSubtype.REGISTRAR.kind()));
            inventory.assets().updateAsset(changed);
            VaultImportPreview again = inventory.vaults().previewOrApply(csv(file), true);
            assertFalse(again.hasChanges(), again.changes().sections().toString());
            assertEquals(changed, inventory.assets().assetNamed("Admin console 1 (user1)"));
        }
    }
}
