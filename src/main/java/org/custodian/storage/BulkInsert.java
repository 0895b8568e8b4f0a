package org.custodian.storage;

import java.util.List;
import java.util.function.Function;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * Many new rows of one table in one prepared statement run as JDBC batches, instead of one rendered
 * statement per row: an import of a million grants spends its time in H2, not in building SQL.
 */
final class BulkInsert {
    /** Rows per JDBC batch: large enough to pay for the statement once, small enough to bound memory. */
    static final int BATCH = 2_000;

    private BulkInsert() {}

    /** Inserts every row; each record must hold a value (or null) for every column of {@code table}. */
    static <R extends TableRecord<R>> void rows(DSLContext dsl, Table<R> table, List<R> records) {
        Field<?>[] fields = table.fields();
        for (int start = 0; start < records.size(); start += BATCH) {
            BatchBindStep batch = dsl.batch(dsl.insertInto(table, fields).values(new Object[fields.length]));
            for (R record : records.subList(start, Math.min(records.size(), start + BATCH))) {
                batch.bind(record.intoArray());
            }
            batch.execute();
        }
    }

    /**
     * Adds {@code created} as {@link #rows} and audits each as CREATE, in order: the same rows and the same
     * chain as one {@code add} per record, in far fewer statements.
     */
    static <T, R extends TableRecord<R>> void created(
            Tx tx,
            Table<R> table,
            String entityType,
            List<T> created,
            Function<T, R> toRecord,
            Function<T, Object> id) {
        rows(tx.dsl(), table, created.stream().map(toRecord).toList());
        tx.auditCreated(entityType, created, id);
    }
}
