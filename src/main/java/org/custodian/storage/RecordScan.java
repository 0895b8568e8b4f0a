package org.custodian.storage;

import org.custodian.storage.schema.DefaultSchema;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Index;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Reads every row of every table, and counts each table through each of its indexes. Used when the
 * file seal cannot vouch for the file (after a crash in the middle of a change) and by {@code check}:
 * H2 detects much damage only when the damaged page is read, so every page is read here once.
 */
final class RecordScan {
    private RecordScan() {}

    /** Returns the number of rows read; throws H2's error on the first unreadable page. */
    static long readEverything(DSLContext dsl) {
        long rows = 0;
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            long inTable = 0;
            try (Cursor<? extends Record> cursor = dsl.selectFrom(table).fetchLazy()) {
                for (Record ignored : cursor) {
                    inTable++;
                }
            }
            for (Index index : table.getIndexes()) {
                int throughIndex = dsl.fetchCount(table.useIndex(index.getName()));
                if (throughIndex != inTable) {
                    throw InventoryHeader.damaged("the index " + index.getName() + " of its " + table.getName()
                            + " records does not match the records");
                }
            }
            rows += inTable;
        }
        return rows;
    }

    /** For {@code check}: the whole audit chain against the anchor, then every record and index. */
    static long verifyAll(DSLContext dsl, KeyRing keys, Anchor anchor) {
        AuditTrail.ChainState chain = AuditTrail.verify(dsl, keys.auditKey, anchor.seq());
        if (chain.lastSeq() != anchor.seq() || !anchor.head().equals(chain.hashAtAnchor())) {
            throw InventoryHeader.damaged("its change history does not match its header");
        }
        readEverything(dsl);
        return chain.lastSeq();
    }
}
