package org.custodian.storage;

import static org.custodian.storage.schema.Tables.ASSET_GRANT;

import java.util.List;
import java.util.Optional;
import org.custodian.model.AssetId;
import org.custodian.model.Grant;
import org.custodian.model.GrantId;
import org.custodian.model.GrantKind;
import org.custodian.storage.schema.tables.records.AssetGrantRecord;

public final class GrantRepository {
    public void add(Tx tx, Grant grant) {
        tx.dsl().executeInsert(toRecord(grant));
        tx.audit("CREATE", "grant", grant.id(), null, grant);
    }

    /** Many new grants at once: the same rows and audit entries as {@link #add} for each, in order. */
    public void addAll(Tx tx, List<Grant> grants) {
        BulkInsert.created(tx, ASSET_GRANT, "grant", grants, GrantRepository::toRecord, Grant::id);
    }

    public void end(Tx tx, Grant ended) {
        Grant before = find(tx, ended.id()).orElseThrow();
        tx.dsl()
                .update(ASSET_GRANT)
                .set(ASSET_GRANT.UNTIL_DATE, ended.until())
                .where(ASSET_GRANT.ID.eq(ended.id().value()))
                .execute();
        tx.audit("END", "grant", ended.id(), before, ended);
    }

    public Optional<Grant> find(Tx tx, GrantId id) {
        return tx.dsl()
                .selectFrom(ASSET_GRANT)
                .where(ASSET_GRANT.ID.eq(id.value()))
                .fetchOptional()
                .map(GrantRepository::toModel);
    }

    public List<Grant> findAll(Tx tx) {
        return tx.dsl()
                .selectFrom(ASSET_GRANT)
                .orderBy(ASSET_GRANT.FROM_DATE, ASSET_GRANT.ID)
                .fetch(GrantRepository::toModel);
    }

    private static AssetGrantRecord toRecord(Grant g) {
        return new AssetGrantRecord(
                g.id().value(), g.from().value(), g.to().value(), g.kind().name(), g.since(), g.until(), g.note());
    }

    private static Grant toModel(AssetGrantRecord r) {
        return new Grant(
                new GrantId(r.getId()),
                new AssetId(r.getFromAssetId()),
                new AssetId(r.getToAssetId()),
                GrantKind.valueOf(r.getKind()),
                r.getFromDate(),
                r.getUntilDate(),
                r.getNote());
    }
}
