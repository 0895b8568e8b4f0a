package org.custodian.storage;

import static org.custodian.storage.schema.Tables.ASSET_REFERENCE;

import java.util.List;
import org.custodian.model.AssetId;
import org.custodian.model.AssetReference;
import org.custodian.storage.schema.tables.records.AssetReferenceRecord;

/** Imported assets' ids in their source (a vault entry's UUID); see {@link AssetReference}. */
public final class AssetReferenceRepository {
    public void add(Tx tx, AssetReference reference) {
        tx.dsl()
                .executeInsert(new AssetReferenceRecord(
                        reference.reference(), reference.asset().value()));
        tx.audit("CREATE", "asset_reference", reference.asset(), null, reference);
    }

    public List<AssetReference> findAll(Tx tx) {
        return tx.dsl()
                .selectFrom(ASSET_REFERENCE)
                .orderBy(ASSET_REFERENCE.REFERENCE)
                .fetch(r -> new AssetReference(r.getReference(), new AssetId(r.getAssetId())));
    }
}
