package org.custodian.service;

import org.custodian.storage.AssetRepository;
import org.custodian.storage.AuditRepository;
import org.custodian.storage.CustodyRepository;
import org.custodian.storage.DepartureRepository;
import org.custodian.storage.GrantRepository;
import org.custodian.storage.GroupRepository;
import org.custodian.storage.InventoryInfoRepository;
import org.custodian.storage.OrganisationRepository;
import org.custodian.storage.PersonRepository;
import org.custodian.storage.RotationRepository;

/** The stateless repositories, made once per open inventory and shared by its services. */
record Repositories(
        InventoryInfoRepository info,
        OrganisationRepository organisations,
        PersonRepository people,
        GroupRepository groups,
        AssetRepository assets,
        CustodyRepository custody,
        GrantRepository grants,
        RotationRepository rotations,
        DepartureRepository departures,
        AuditRepository audit) {
    Repositories() {
        this(
                new InventoryInfoRepository(),
                new OrganisationRepository(),
                new PersonRepository(),
                new GroupRepository(),
                new AssetRepository(),
                new CustodyRepository(),
                new GrantRepository(),
                new RotationRepository(),
                new DepartureRepository(),
                new AuditRepository());
    }
}
