package org.custodian.importer.vault;

import java.time.LocalDate;

/**
 * What Custodian keeps of one vault entry: its id in the vault, names and dates. Never the password, TOTP
 * seed, custom fields, attachments, card or identity numbers, keys or history; notes only when the import
 * asks for them ({@code --include-notes}), else null.
 *
 * @param reference the entry's id in the vault, prefixed by its format ({@code keepass:entry:UUID})
 * @param folder the group path, folder or collection, "/"-separated; empty at the vault's top
 * @param kind what the vault calls it (a login, a card, a secure note, an SSH key), for the suggestion
 * @param passwordChanged when the secret last changed, as far as the vault says; null if it does not
 */
public record VaultEntry(
        String reference,
        String title,
        String folder,
        String userName,
        String url,
        String kind,
        LocalDate created,
        LocalDate passwordChanged,
        String notes) {}
