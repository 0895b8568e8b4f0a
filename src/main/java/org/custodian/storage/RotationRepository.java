package org.custodian.storage;

import static org.custodian.storage.schema.Tables.ROTATION;

import java.util.List;
import org.custodian.model.AssetId;
import org.custodian.model.Rotation;
import org.custodian.model.RotationId;
import org.custodian.model.RotationKind;
import org.custodian.storage.schema.tables.records.RotationRecord;

public final class RotationRepository {
    public void add(Tx tx, Rotation rotation) {
        tx.dsl().executeInsert(toRecord(rotation));
        tx.audit("CREATE", "rotation", rotation.id(), null, rotation);
    }

    /** Many new rotations at once: the same rows and audit entries as {@link #add} for each, in order. */
    public void addAll(Tx tx, List<Rotation> rotations) {
        BulkInsert.created(tx, ROTATION, "rotation", rotations, RotationRepository::toRecord, Rotation::id);
    }

    private static RotationRecord toRecord(Rotation rotation) {
        return new RotationRecord(
                rotation.id().value(),
                rotation.asset().value(),
                rotation.kind().name(),
                rotation.on(),
                Columns.id(rotation.by()),
                rotation.note());
    }

    public List<Rotation> findAll(Tx tx) {
        return tx.dsl()
                .selectFrom(ROTATION)
                .orderBy(ROTATION.ON_DATE, ROTATION.ID)
                .fetch(r -> new Rotation(
                        new RotationId(r.getId()),
                        new AssetId(r.getAssetId()),
                        RotationKind.valueOf(r.getKind()),
                        r.getOnDate(),
                        Columns.personId(r.getByPersonId()),
                        r.getNote()));
    }
}
