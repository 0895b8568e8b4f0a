package org.custodian.storage;

import static org.custodian.storage.schema.Tables.AUDIT_ENTRY;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.custodian.model.AuditEntry;
import org.custodian.storage.schema.tables.records.AuditEntryRecord;
import org.jooq.Cursor;
import org.jooq.DSLContext;

/**
 * Appends audit rows inside the writing transaction, each chained to the previous one with
 * HMAC-SHA256 under a key only the passphrase holder can derive; and re-walks the chain on open.
 */
final class AuditTrail {
    private final DSLContext dsl;
    private final byte[] auditKey;
    private final String actor;
    private final Clock clock;
    private long seq;
    private String head;
    private boolean appended;

    private AuditTrail(DSLContext dsl, byte[] auditKey, String actor, Clock clock, long seq, String head) {
        this.dsl = dsl;
        this.auditKey = auditKey;
        this.actor = actor;
        this.clock = clock;
        this.seq = seq;
        this.head = head;
    }

    static AuditTrail continueFrom(DSLContext dsl, byte[] auditKey, String actor, Clock clock) {
        AuditEntryRecord last = dsl.selectFrom(AUDIT_ENTRY)
                .orderBy(AUDIT_ENTRY.SEQ.desc())
                .limit(1)
                .fetchOne();
        return last == null
                ? new AuditTrail(dsl, auditKey, actor, clock, 0, Anchor.GENESIS)
                : new AuditTrail(dsl, auditKey, actor, clock, last.getSeq(), last.getHash());
    }

    void append(String action, String entityType, String entityId, String before, String after) {
        dsl.executeInsert(next(action, entityType, entityId, before, after));
    }

    /** One CREATE entry per record, chained exactly as {@link #append} would, inserted in batches. */
    <T> void appendCreated(String entityType, List<T> created, Function<T, String> id, Function<T, String> after) {
        List<AuditEntryRecord> rows = new ArrayList<>(Math.min(created.size(), BulkInsert.BATCH));
        for (T record : created) {
            rows.add(next("CREATE", entityType, id.apply(record), null, after.apply(record)));
            if (rows.size() == BulkInsert.BATCH) {
                BulkInsert.rows(dsl, AUDIT_ENTRY, rows);
                rows.clear();
            }
        }
        BulkInsert.rows(dsl, AUDIT_ENTRY, rows);
    }

    /** The next entry of the chain, hashed onto the current head, which it then becomes. */
    private AuditEntryRecord next(String action, String entityType, String entityId, String before, String after) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(seq + 1, at, actor, action, entityType, entityId, before, after, null);
        String hash = hash(auditKey, head, entry);
        AuditEntryRecord row = new AuditEntryRecord();
        row.setSeq(entry.seq());
        row.setAt(at.atOffset(ZoneOffset.UTC));
        row.setActor(actor);
        row.setAction(action);
        row.setEntityType(entityType);
        row.setEntityId(entityId);
        row.setBeforeState(before);
        row.setAfterState(after);
        row.setHash(hash);
        seq = entry.seq();
        head = hash;
        appended = true;
        return row;
    }

    long seq() {
        return seq;
    }

    String head() {
        return head;
    }

    boolean appended() {
        return appended;
    }

    /** Where a verified chain ends, and the hash it had at the anchored position. */
    record ChainState(long lastSeq, String lastHash, String hashAtAnchor) {}

    /** The newest entry only, and the hash at the anchored position, without re-walking the chain. */
    static ChainState newest(DSLContext dsl, long anchorSeq) {
        AuditEntryRecord last = dsl.selectFrom(AUDIT_ENTRY)
                .orderBy(AUDIT_ENTRY.SEQ.desc())
                .limit(1)
                .fetchOne();
        if (last == null) {
            return new ChainState(0, Anchor.GENESIS, anchorSeq == 0 ? Anchor.GENESIS : null);
        }
        AuditEntryRecord atAnchor = last.getSeq() == anchorSeq
                ? last
                : dsl.selectFrom(AUDIT_ENTRY)
                        .where(AUDIT_ENTRY.SEQ.eq(anchorSeq))
                        .fetchOne();
        return new ChainState(
                last.getSeq(),
                last.getHash(),
                atAnchor == null ? (anchorSeq == 0 ? Anchor.GENESIS : null) : atAnchor.getHash());
    }

    /**
     * Recomputes every link. Returns null-free state or throws naming the first broken row, so an
     * edited, deleted, inserted or reordered row is found.
     */
    static ChainState verify(DSLContext dsl, byte[] auditKey, long anchorSeq) {
        long expectedSeq = 1;
        String previous = Anchor.GENESIS;
        String atAnchor = anchorSeq == 0 ? Anchor.GENESIS : null;
        try (Cursor<AuditEntryRecord> rows =
                dsl.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.SEQ).fetchLazy()) {
            for (AuditEntryRecord row : rows) {
                AuditEntry entry = toEntry(row);
                if (entry.seq() != expectedSeq) {
                    throw InventoryHeader.damaged("its change history has a gap at entry " + expectedSeq);
                }
                if (!hash(auditKey, previous, entry).equals(entry.hash())) {
                    throw InventoryHeader.damaged("its change history was altered at entry " + entry.seq());
                }
                previous = entry.hash();
                if (entry.seq() == anchorSeq) {
                    atAnchor = entry.hash();
                }
                expectedSeq++;
            }
        }
        return new ChainState(expectedSeq - 1, previous, atAnchor);
    }

    static AuditEntry toEntry(AuditEntryRecord row) {
        return new AuditEntry(
                row.getSeq(),
                row.getAt().toInstant(),
                row.getActor(),
                row.getAction(),
                row.getEntityType(),
                row.getEntityId(),
                row.getBeforeState(),
                row.getAfterState(),
                row.getHash());
    }

    /** Length-prefixed fields, so no choice of values can make two different rows hash alike. */
    static String hash(byte[] auditKey, String previousHash, AuditEntry entry) {
        ByteArrayOutputStream canonical = new ByteArrayOutputStream();
        for (String field : new String[] {
            previousHash,
            Long.toString(entry.seq()),
            entry.at().toString(),
            entry.actor(),
            entry.action(),
            entry.entityType(),
            entry.entityId(),
            entry.before(),
            entry.after()
        }) {
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            canonical.writeBytes(ByteBuffer.allocate(5)
                    .put((byte) (field == null ? 0 : 1))
                    .putInt(bytes.length)
                    .array());
            canonical.writeBytes(bytes);
        }
        return HexFormat.of().formatHex(DataKey.hmac(auditKey, canonical.toByteArray()));
    }
}
