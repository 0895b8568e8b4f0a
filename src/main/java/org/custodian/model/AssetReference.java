package org.custodian.model;

/**
 * An asset's id in the system it was imported from, such as a KeePass entry's UUID ({@code keepass:entry:…})
 * or a Bitwarden item's id. It names the entry, never anything secret in it.
 */
public record AssetReference(String reference, AssetId asset) {
    public static final int MAX_LENGTH = 400;

    public AssetReference {
        Rules.check()
                .notBlank(reference, "reference", "An asset reference needs a value")
                .maxLength(reference, MAX_LENGTH, "reference", "An asset reference")
                .present(asset, "asset", "An asset reference must name its asset")
                .orThrow();
    }
}
