package org.custodian.service;

import org.custodian.model.InventorySnapshot;
import org.custodian.model.NameIndex;
import org.custodian.storage.Tx;

/** Reads everything the analysis needs (or just the names) inside whatever transaction the caller holds. */
final class Snapshots {
    private Snapshots() {}

    static InventorySnapshot read(Tx tx, Repositories repositories) {
        return new InventorySnapshot(
                repositories.info().find(tx).orElse(null),
                repositories.organisations().findAll(tx),
                repositories.people().findAll(tx),
                repositories.groups().findAll(tx),
                repositories.groups().findAllMemberships(tx),
                repositories.assets().findAll(tx),
                repositories.custody().findAll(tx),
                repositories.grants().findAll(tx),
                repositories.rotations().findAll(tx));
    }

    /** The names of everything that has one, without the links and history a snapshot also reads. */
    static NameIndex names(Tx tx, Repositories repositories) {
        return NameIndex.of(
                repositories.people().findAll(tx),
                repositories.organisations().findAll(tx),
                repositories.groups().findAll(tx),
                repositories.assets().findAll(tx));
    }
}
