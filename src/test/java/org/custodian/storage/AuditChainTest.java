package org.custodian.storage;

import static org.custodian.storage.StorageFixture.*;
import static org.custodian.storage.schema.Tables.AUDIT_ENTRY;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.custodian.model.AuditEntry;
import org.custodian.model.DamagedInventoryException;
import org.custodian.storage.schema.tables.records.AuditEntryRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone with the key edits the history directly in the database while it is open: the seal on
 * close then covers the edit, so only the HMAC chain can tell, and it must.
 */
class AuditChainTest {
    private static final String PASSPHRASE = "a long pass phrase";
    @TempDir Path temp;

    @Test
    void everyChangeWritesOneChainedAuditRowInTheSameTransaction() {
        Path folder = temp.resolve("inv");
        try (Database db = create(folder, PASSPHRASE)) {
            addPerson(db, person("Ann Example"));
            addPerson(db, person("Bob Example"));
            var entries = db.read(tx -> new AuditRepository().newestFirst(tx, 10));
            assertEquals(2, entries.size());
            AuditEntry bob = entries.get(0);
            assertEquals("CREATE", bob.action());
            assertEquals("person", bob.entityType());
            assertEquals("tester", bob.actor());
            assertTrue(bob.after().contains("Bob Example"));
            assertEquals(bob.hash(), db.auditHeadHash());
        }
    }

    @Test
    void anEditedRowIsDetected() {
        assertTamperDetected(dsl -> dsl.update(AUDIT_ENTRY).set(AUDIT_ENTRY.AFTER_STATE, "Person[name=Someone Else]")
                .where(AUDIT_ENTRY.SEQ.eq(3L)).execute(), "altered at entry 3");
    }

    @Test
    void anEditedTimestampOrActorIsDetected() {
        assertTamperDetected(dsl -> dsl.update(AUDIT_ENTRY).set(AUDIT_ENTRY.ACTOR, "nobody")
                .where(AUDIT_ENTRY.SEQ.eq(2L)).execute(), "altered at entry 2");
    }

    @Test
    void aDeletedRowInTheMiddleIsDetected() {
        assertTamperDetected(dsl -> dsl.deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.eq(2L)).execute(), "gap at entry 2");
    }

    @Test
    void deletedNewestRowsAreDetected() {
        assertTamperDetected(dsl -> dsl.deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.ge(4L)).execute(), "missing");
    }

    @Test
    void swappedRowsAreDetected() {
        assertTamperDetected(dsl -> {
            AuditEntryRecord two = dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.eq(2L)).fetchOne();
            AuditEntryRecord three = dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.eq(3L)).fetchOne();
            dsl.update(AUDIT_ENTRY).set(AUDIT_ENTRY.AFTER_STATE, three.getAfterState()).set(AUDIT_ENTRY.HASH, three.getHash())
                    .where(AUDIT_ENTRY.SEQ.eq(2L)).execute();
            dsl.update(AUDIT_ENTRY).set(AUDIT_ENTRY.AFTER_STATE, two.getAfterState()).set(AUDIT_ENTRY.HASH, two.getHash())
                    .where(AUDIT_ENTRY.SEQ.eq(3L)).execute();
        }, "altered at entry 2");
    }

    @Test
    void everyRowOfALongHistoryIsCheckedForEditsDeletionsAndSwaps() {
        Path folder = temp.resolve("long");
        try (Database db = create(folder, PASSPHRASE)) {
            db.write(tx -> {
                for (int i = 0; i < 200; i++) {
                    tx.audit("TEST", "thing", i, null, "value " + i);
                }
                return null;
            });
        }
        for (long seq = 1; seq <= 200; seq += 7) {
            long target = seq;
            Path copy = copyOf(folder, "edit-" + seq);
            tamper(copy, dsl -> dsl.update(AUDIT_ENTRY).set(AUDIT_ENTRY.AFTER_STATE, "forged")
                    .where(AUDIT_ENTRY.SEQ.eq(target)).execute());
            assertThrows(DamagedInventoryException.class, () -> open(copy, PASSPHRASE), "edit of entry " + seq);
            Path deleted = copyOf(folder, "delete-" + seq);
            tamper(deleted, dsl -> dsl.deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.eq(target)).execute());
            assertThrows(DamagedInventoryException.class, () -> open(deleted, PASSPHRASE), "deletion of entry " + seq);
        }
    }

    private Path copyOf(Path folder, String name) {
        Path copy = temp.resolve(name);
        try (var files = java.nio.file.Files.walk(folder)) {
            for (Path source : files.toList()) {
                java.nio.file.Files.copy(source, copy.resolve(folder.relativize(source).toString()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return copy;
    }

    private void assertTamperDetected(Consumer<DSLContext> edit, String messagePart) {
        Path folder = temp.resolve("tampered");
        try (Database db = create(folder, PASSPHRASE)) {
            for (int i = 0; i < 5; i++) {
                addPerson(db, person("Person " + i));
            }
        }
        tamper(folder, edit);
        DamagedInventoryException e = assertThrows(DamagedInventoryException.class, () -> open(folder, PASSPHRASE));
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }

    /** Opens normally and edits rows behind the audit trail's back, as a direct SQL user could. */
    private static void tamper(Path folder, Consumer<DSLContext> edit) {
        try (Database db = open(folder, PASSPHRASE)) {
            db.read(tx -> {
                edit.accept(tx.dsl());
                return null;
            });
        }
    }
}
