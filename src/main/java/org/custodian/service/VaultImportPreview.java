package org.custodian.service;

import java.util.List;

/**
 * What importing a vault would do (or did): per section ("entries", "unlocks", "rotations") the records to
 * add, change and leave unchanged, the entries that disappeared from the vault since the last import (kept,
 * listed for review), and what was read and left out.
 *
 * @param entriesRead entries turned into assets
 * @param fieldsDropped secret or free-text fields read past and not kept
 * @param skipped entries not imported (recycle bin, deleted items, identities)
 */
public record VaultImportPreview(
        String vault,
        InventoryImportPreview changes,
        List<String> disappeared,
        int entriesRead,
        int fieldsDropped,
        int skipped,
        boolean notesIncluded) {
    public VaultImportPreview {
        disappeared = List.copyOf(disappeared);
    }

    public boolean canApply() {
        return changes.canApply();
    }

    public boolean hasChanges() {
        return changes.hasChanges();
    }
}
