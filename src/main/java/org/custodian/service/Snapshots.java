package org.custodian.service;

import org.custodian.model.InventorySnapshot;
import org.custodian.storage.Tx;

/** Reads everything the analysis needs inside whatever transaction the caller holds. */
final class Snapshots {
    private Snapshots() {
    }

    static InventorySnapshot read(Tx tx, Repositories repositories) {
        return new InventorySnapshot(repositories.info().find(tx).orElse(null),
                repositories.organisations().findAll(tx), repositories.people().findAll(tx),
                repositories.groups().findAll(tx), repositories.groups().findAllMemberships(tx),
                repositories.assets().findAll(tx), repositories.custody().findAll(tx),
                repositories.grants().findAll(tx), repositories.rotations().findAll(tx));
    }
}
