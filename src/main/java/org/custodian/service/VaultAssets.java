package org.custodian.service;

import org.custodian.importer.vault.VaultContent;
import org.custodian.importer.vault.VaultEntry;
import org.custodian.importer.vault.VaultKinds;
import org.custodian.model.Asset;
import org.custodian.model.AssetDetails;
import org.custodian.model.AssetId;
import org.custodian.model.AssetSubtype;
import org.custodian.model.Criticality;

/** The asset a vault entry becomes, and what a later import of the same entry may change on it. */
final class VaultAssets {
    private static final int SYSTEM = 200;
    private static final int LOCATION = 500;
    private static final int NOTES = 4000;

    private VaultAssets() {}

    /** "Title (user name)", as the inventory names accounts; the user name alone where the title is empty. */
    static String nameOf(VaultEntry entry) {
        String title = entry.title();
        String user = entry.userName();
        if (title == null) {
            return user != null ? user : entry.url() != null ? entry.url() : "Untitled entry";
        }
        return user == null || title.contains(user) ? title : title + " (" + user + ")";
    }

    static Asset created(AssetId id, String name, VaultEntry entry, VaultContent vault) {
        AssetSubtype subtype = VaultKinds.subtypeOf(entry);
        return new Asset(
                id,
                name,
                subtype,
                VaultKinds.criticalityOf(subtype),
                VaultNames.cut(entry.url(), SYSTEM),
                null,
                null,
                null,
                null,
                null,
                location(entry, vault),
                null,
                null,
                VaultNames.cut(entry.notes(), NOTES),
                AssetDetails.none(subtype.kind()));
    }

    /** The vault owns the name, URL, location (and notes when imported); the rest is the inventory's. */
    static Asset updated(Asset existing, String name, VaultEntry entry, VaultContent vault) {
        return new Asset(
                existing.id(),
                name,
                existing.subtype(),
                existing.criticality(),
                VaultNames.cut(entry.url(), SYSTEM),
                existing.vendor(),
                existing.owner(),
                existing.setUpBy(),
                existing.rotationIntervalDays(),
                existing.rotationProcedure(),
                location(entry, vault),
                existing.recoveryEmail(),
                existing.recoveryPhone(),
                entry.notes() != null ? VaultNames.cut(entry.notes(), NOTES) : existing.notes(),
                existing.details());
    }

    /** Whoever knows it reaches every entry, so it starts as critical. */
    static Asset master(AssetId id, String name, VaultContent vault) {
        return new Asset(
                id,
                name,
                AssetSubtype.VAULT_MASTER_PASSWORD,
                Criticality.CRITICAL,
                VaultNames.cut(vault.format().location(vault.fileName(), ""), SYSTEM),
                null,
                null,
                null,
                null,
                null,
                "Not in the vault: known by whoever opens " + VaultNames.cut(vault.fileName(), 300),
                null,
                null,
                null,
                AssetDetails.none(AssetSubtype.VAULT_MASTER_PASSWORD.kind()));
    }

    private static String location(VaultEntry entry, VaultContent vault) {
        return VaultNames.cut(vault.format().location(vault.fileName(), entry.folder()), LOCATION);
    }
}
