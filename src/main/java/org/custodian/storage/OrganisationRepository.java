package org.custodian.storage;

import static org.custodian.storage.schema.Tables.ORGANISATION;

import java.util.List;
import java.util.Optional;
import org.custodian.model.Organisation;
import org.custodian.model.OrganisationId;
import org.custodian.model.OrganisationKind;
import org.custodian.storage.schema.tables.records.OrganisationRecord;

public final class OrganisationRepository {
    public void add(Tx tx, Organisation organisation) {
        tx.dsl().executeInsert(toRecord(organisation));
        tx.audit("CREATE", "organisation", organisation.id(), null, organisation);
    }

    public void update(Tx tx, Organisation organisation) {
        Organisation before = find(tx, organisation.id()).orElseThrow();
        tx.dsl().executeUpdate(toRecord(organisation));
        tx.audit("UPDATE", "organisation", organisation.id(), before, organisation);
    }

    public Optional<Organisation> find(Tx tx, OrganisationId id) {
        return tx.dsl()
                .selectFrom(ORGANISATION)
                .where(ORGANISATION.ID.eq(id.value()))
                .fetchOptional()
                .map(OrganisationRepository::toModel);
    }

    public List<Organisation> findAll(Tx tx) {
        return tx.dsl().selectFrom(ORGANISATION).orderBy(ORGANISATION.NAME).fetch(OrganisationRepository::toModel);
    }

    private static OrganisationRecord toRecord(Organisation o) {
        return new OrganisationRecord(o.id().value(), o.name(), o.kind().name(), o.contact(), o.notes());
    }

    private static Organisation toModel(OrganisationRecord r) {
        return new Organisation(
                new OrganisationId(r.getId()),
                r.getName(),
                Columns.enumOf(OrganisationKind.class, r.getKind()),
                r.getContact(),
                r.getNotes());
    }
}
