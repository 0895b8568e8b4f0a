package org.custodian.importer;

import java.util.List;

/** A whole inventory's records, validated and resolved, ready to be written in one transaction. */
public record InventoryContent(
        String inventoryName,
        List<org.custodian.model.Organisation> organisations,
        List<org.custodian.model.Person> people,
        List<org.custodian.model.Group> groups,
        List<org.custodian.model.Membership> memberships,
        List<org.custodian.model.Asset> assets,
        List<org.custodian.model.Custody> custody,
        List<org.custodian.model.Grant> grants,
        List<org.custodian.model.Rotation> rotations) {}
