package org.custodian.importer.vault;

import java.util.List;

/**
 * One vault file as read: its entries (metadata only) and what was left out.
 *
 * @param fileName the file's name without its folder, as value locations show it
 * @param masterReference the reference of the vault's own master password ({@code keepass:root:UUID})
 * @param fieldsDropped how many secret or free-text fields were read past and not kept (passwords, TOTP,
 *     notes, custom fields, attachments, card and identity numbers, keys, password history)
 * @param skipped entries not imported at all (the recycle bin, deleted items, identities)
 */
public record VaultContent(
        VaultFormat format,
        String fileName,
        String masterReference,
        List<VaultEntry> entries,
        int fieldsDropped,
        int skipped) {
    public VaultContent {
        entries = List.copyOf(entries);
    }
}
