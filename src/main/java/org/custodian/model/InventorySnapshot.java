package org.custodian.model;

import java.util.List;

/** Everything the analysis needs, read in one transaction. */
public record InventorySnapshot(
        InventoryInfo info,
        List<Organisation> organisations,
        List<Person> people,
        List<Group> groups,
        List<Membership> memberships,
        List<Asset> assets,
        List<Custody> custody,
        List<Grant> grants,
        List<Rotation> rotations) {
    public InventorySnapshot {
        organisations = List.copyOf(organisations);
        people = List.copyOf(people);
        groups = List.copyOf(groups);
        memberships = List.copyOf(memberships);
        assets = List.copyOf(assets);
        custody = List.copyOf(custody);
        grants = List.copyOf(grants);
        rotations = List.copyOf(rotations);
    }
}
