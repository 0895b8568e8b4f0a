package org.custodian.storage;

import static org.custodian.storage.schema.Tables.INVENTORY_INFO;

import java.time.ZoneOffset;
import java.util.Optional;
import org.custodian.model.InventoryInfo;

public final class InventoryInfoRepository {
    public void save(Tx tx, InventoryInfo info) {
        InventoryInfo before = find(tx).orElse(null);
        tx.dsl()
                .mergeInto(INVENTORY_INFO)
                .using(tx.dsl().selectOne())
                .on(INVENTORY_INFO.ID.eq(1))
                .whenMatchedThenUpdate()
                .set(INVENTORY_INFO.NAME, info.name())
                .whenNotMatchedThenInsert(
                        INVENTORY_INFO.ID, INVENTORY_INFO.INVENTORY_ID, INVENTORY_INFO.NAME, INVENTORY_INFO.CREATED_AT)
                .values(1, info.inventoryId(), info.name(), info.createdAt().atOffset(ZoneOffset.UTC))
                .execute();
        tx.audit(before == null ? "CREATE" : "UPDATE", "inventory", info.inventoryId(), before, info);
    }

    public Optional<InventoryInfo> find(Tx tx) {
        return tx.dsl()
                .selectFrom(INVENTORY_INFO)
                .fetchOptional()
                .map(r -> new InventoryInfo(
                        r.getInventoryId(), r.getName(), r.getCreatedAt().toInstant()));
    }
}
