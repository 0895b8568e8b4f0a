package org.custodian.service;

import org.custodian.importer.InventoryContent;
import org.custodian.model.Asset;
import org.custodian.model.Custody;
import org.custodian.model.Grant;
import org.custodian.model.Group;
import org.custodian.model.Membership;
import org.custodian.model.Organisation;
import org.custodian.model.Person;
import org.custodian.model.Rotation;
import org.custodian.storage.Tx;

/** Writes validated content into an inventory inside the caller's single transaction. */
final class InventoryLoader {
    private final Repositories repositories;

    InventoryLoader(Repositories repositories) {
        this.repositories = repositories;
    }

    void load(Tx tx, InventoryContent content) {
        for (Organisation organisation : content.organisations()) {
            repositories.organisations().add(tx, organisation);
        }
        for (Person person : content.people()) {
            repositories.people().add(tx, person);
        }
        for (Group group : content.groups()) {
            repositories.groups().add(tx, group);
        }
        for (Membership membership : content.memberships()) {
            repositories.groups().addMembership(tx, membership);
        }
        for (Asset asset : content.assets()) {
            repositories.assets().add(tx, asset);
        }
        for (Custody custody : content.custody()) {
            repositories.custody().add(tx, custody);
        }
        for (Grant grant : content.grants()) {
            repositories.grants().add(tx, grant);
        }
        for (Rotation rotation : content.rotations()) {
            repositories.rotations().add(tx, rotation);
        }
    }
}
