package org.custodian.storage;

import static org.custodian.storage.schema.Tables.AUDIT_ENTRY;

import java.util.List;
import org.custodian.model.AuditEntry;

/** Reads the change history; writing it happens only through {@link Tx#audit}. */
public final class AuditRepository {
    public List<AuditEntry> newestFirst(Tx tx, int limit) {
        return tx.dsl()
                .selectFrom(AUDIT_ENTRY)
                .orderBy(AUDIT_ENTRY.SEQ.desc())
                .limit(limit)
                .fetch(AuditTrail::toEntry);
    }

    public long count(Tx tx) {
        return tx.dsl().fetchCount(AUDIT_ENTRY);
    }
}
