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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone with the key edits the history directly in the database while it is open: the seal then
 * covers the edit, so only the HMAC chain can tell, and it must: at the full walk of {@code check}
 * (an open of a sealed file compares only the newest entry with the anchor), and at every open
 * after a crash.
 */
class AuditChainTest {
    private static final String PASSPHRASE = "a long pass phrase";

    @TempDir
    Path temp;

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
        assertTamperDetected(
                dsl -> dsl.update(AUDIT_ENTRY)
                        .set(AUDIT_ENTRY.AFTER_STATE, "Person[name=Someone Else]")
                        .where(AUDIT_ENTRY.SEQ.eq(3L))
                        .execute(),
                "altered at entry 3");
    }

    @Test
    void anEditedTimestampOrActorIsDetected() {
        assertTamperDetected(
                dsl -> dsl.update(AUDIT_ENTRY)
                        .set(AUDIT_ENTRY.ACTOR, "nobody")
                        .where(AUDIT_ENTRY.SEQ.eq(2L))
                        .execute(),
                "altered at entry 2");
    }

    @Test
    void aDeletedRowInTheMiddleIsDetected() {
        assertTamperDetected(
                dsl -> dsl.deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.eq(2L)).execute(), "gap at entry 2");
    }

    @Test
    void deletedNewestRowsAreDetectedWhenNoBackupHoldsThem() throws Exception {
        assertTamperDetected(
                dsl -> dsl.deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.ge(4L)).execute(),
                "missing",
                folder -> deleteRecursively(folder.resolve("backups")));
    }

    @Test
    void deletedNewestRowsComeBackFromTheBackupHoldingTheLastSavedState() throws Exception {
        Path folder = temp.resolve("rolled-back");
        try (Database db = create(folder, PASSPHRASE)) {
            for (int i = 0; i < 5; i++) {
                addPerson(db, person("Person " + i));
            }
        }
        tamper(
                folder,
                dsl -> dsl.deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.ge(4L)).execute());
        try (Database db = open(folder, PASSPHRASE)) {
            assertEquals(5, people(db).size());
        }
        try (var files = java.nio.file.Files.list(folder)) {
            assertTrue(
                    files.anyMatch(p -> p.getFileName().toString().startsWith("inventory.mv.db.replaced-")),
                    "the file that lost changes is kept aside");
        }
    }

    private static void openAndVerifyEverything(Path folder) {
        try (Database db = open(folder, PASSPHRASE)) {
            db.verifyEverything();
        }
    }

    private static void deleteRecursively(Path dir) {
        try (var files = java.nio.file.Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void swappedRowsAreDetected() {
        assertTamperDetected(
                dsl -> {
                    AuditEntryRecord two = dsl.selectFrom(AUDIT_ENTRY)
                            .where(AUDIT_ENTRY.SEQ.eq(2L))
                            .fetchOne();
                    AuditEntryRecord three = dsl.selectFrom(AUDIT_ENTRY)
                            .where(AUDIT_ENTRY.SEQ.eq(3L))
                            .fetchOne();
                    dsl.update(AUDIT_ENTRY)
                            .set(AUDIT_ENTRY.AFTER_STATE, three.getAfterState())
                            .set(AUDIT_ENTRY.HASH, three.getHash())
                            .where(AUDIT_ENTRY.SEQ.eq(2L))
                            .execute();
                    dsl.update(AUDIT_ENTRY)
                            .set(AUDIT_ENTRY.AFTER_STATE, two.getAfterState())
                            .set(AUDIT_ENTRY.HASH, two.getHash())
                            .where(AUDIT_ENTRY.SEQ.eq(3L))
                            .execute();
                },
                "altered at entry 2");
    }

    @Test
    @Tag("slow")
    void everyRowOfALongHistoryIsCheckedForEditsAndDeletions() {
        int rows = Integer.getInteger("custodian.stress.audit-rows", 200);
        int step = rows >= 1000 ? 1 : 7;
        Path folder = temp.resolve("long");
        try (Database db = create(folder, PASSPHRASE)) {
            db.write(tx -> {
                for (int i = 0; i < rows; i++) {
                    tx.audit("TEST", "thing", i, null, "value " + i);
                }
                return null;
            });
        }
        int detected = 0;
        for (long seq = 1; seq <= rows; seq += step) {
            long target = seq;
            Path copy = copyOf(folder, "edit-" + seq);
            tamper(
                    copy,
                    dsl -> dsl.update(AUDIT_ENTRY)
                            .set(AUDIT_ENTRY.AFTER_STATE, "forged")
                            .where(AUDIT_ENTRY.SEQ.eq(target))
                            .execute());
            assertThrows(DamagedInventoryException.class, () -> openAndVerifyEverything(copy), "edit of entry " + seq);
            Path deleted = copyOf(folder, "delete-" + seq);
            tamper(
                    deleted,
                    dsl -> dsl.deleteFrom(AUDIT_ENTRY)
                            .where(AUDIT_ENTRY.SEQ.eq(target))
                            .execute());
            if (seq == rows) {
                deleteRecursively(deleted.resolve("backups")); // else the newest row comes back from the backup
            }
            assertThrows(
                    DamagedInventoryException.class,
                    () -> openAndVerifyEverything(deleted),
                    "deletion of entry " + seq);
            detected += 2;
            deleteRecursively(copy);
            deleteRecursively(deleted);
        }
        System.out.printf(
                "audit tampering: %d of %d edits and deletions of %d rows detected%n", detected, detected, rows);
    }

    private Path copyOf(Path folder, String name) {
        Path copy = temp.resolve(name);
        try (var files = java.nio.file.Files.walk(folder)) {
            for (Path source : files.toList()) {
                java.nio.file.Files.copy(
                        source, copy.resolve(folder.relativize(source).toString()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return copy;
    }

    private void assertTamperDetected(Consumer<DSLContext> edit, String messagePart) {
        assertTamperDetected(edit, messagePart, folder -> {});
    }

    private void assertTamperDetected(Consumer<DSLContext> edit, String messagePart, Consumer<Path> alsoDo) {
        Path folder = temp.resolve("tampered");
        try (Database db = create(folder, PASSPHRASE)) {
            for (int i = 0; i < 5; i++) {
                addPerson(db, person("Person " + i));
            }
        }
        tamper(folder, edit);
        alsoDo.accept(folder);
        DamagedInventoryException e =
                assertThrows(DamagedInventoryException.class, () -> openAndVerifyEverything(folder));
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }

    /**
     * Opens normally and edits rows behind the audit trail's back, as someone holding the key could
     * with SQL: through a write that appends no audit row, so the file is sealed again afterwards and
     * only the chain can tell. Removing the newest rows is noticed by the write itself (it reads the
     * anchored change back); what matters here is the next open.
     */
    private static void tamper(Path folder, Consumer<DSLContext> edit) {
        try (Database db = open(folder, PASSPHRASE)) {
            db.write(tx -> {
                edit.accept(tx.dsl());
                return null;
            });
        } catch (DamagedInventoryException noticedAtOnce) {
            assertTrue(noticedAtOnce.getMessage().contains("could not be read back"), noticedAtOnce.getMessage());
        }
    }
}
