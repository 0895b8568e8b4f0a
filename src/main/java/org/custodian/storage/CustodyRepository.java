package org.custodian.storage;

import static org.custodian.storage.schema.Tables.CUSTODY;

import java.util.List;
import java.util.Optional;
import org.custodian.model.AssetId;
import org.custodian.model.Custody;
import org.custodian.model.CustodyId;
import org.custodian.model.CustodyRole;
import org.custodian.model.EndReason;
import org.custodian.storage.schema.tables.records.CustodyRecord;

/** Custody history: rows are added and ended, never deleted or rewritten. */
public final class CustodyRepository {
    public void add(Tx tx, Custody custody) {
        tx.dsl().executeInsert(toRecord(custody));
        tx.audit("CREATE", "custody", custody.id(), null, custody);
    }

    /** Many new custody rows at once: the same rows and audit entries as {@link #add} for each, in order. */
    public void addAll(Tx tx, List<Custody> custody) {
        BulkInsert.created(tx, CUSTODY, "custody", custody, CustodyRepository::toRecord, Custody::id);
    }

    public void end(Tx tx, Custody ended) {
        Custody before = find(tx, ended.id()).orElseThrow();
        tx.dsl()
                .update(CUSTODY)
                .set(CUSTODY.UNTIL_DATE, ended.until())
                .set(CUSTODY.END_REASON, Columns.text(ended.endReason()))
                .where(CUSTODY.ID.eq(ended.id().value()))
                .execute();
        tx.audit("END", "custody", ended.id(), before, ended);
    }

    public Optional<Custody> find(Tx tx, CustodyId id) {
        return tx.dsl()
                .selectFrom(CUSTODY)
                .where(CUSTODY.ID.eq(id.value()))
                .fetchOptional()
                .map(CustodyRepository::toModel);
    }

    public List<Custody> findAll(Tx tx) {
        return tx.dsl()
                .selectFrom(CUSTODY)
                .orderBy(CUSTODY.FROM_DATE, CUSTODY.ID)
                .fetch(CustodyRepository::toModel);
    }

    private static CustodyRecord toRecord(Custody c) {
        return new CustodyRecord(
                c.id().value(),
                c.asset().value(),
                Columns.person(c.holder()),
                Columns.group(c.holder()),
                c.role().name(),
                c.from(),
                c.until(),
                Columns.text(c.endReason()),
                c.copies(),
                c.note());
    }

    private static Custody toModel(CustodyRecord r) {
        return new Custody(
                new CustodyId(r.getId()),
                new AssetId(r.getAssetId()),
                Columns.principal(r.getHolderPersonId(), r.getHolderGroupId()),
                CustodyRole.valueOf(r.getRole()),
                r.getFromDate(),
                r.getUntilDate(),
                Columns.enumOf(EndReason.class, r.getEndReason()),
                r.getCopies(),
                r.getNote());
    }
}
