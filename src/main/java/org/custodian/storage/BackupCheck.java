package org.custodian.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custodian.model.BackupStatus;
import org.custodian.model.CustodianException;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies a backup exactly like an inventory, with the keys of the inventory it belongs to: its header,
 * the anchor's MAC, the seal over its database file (or, for a legacy zip, every record), a read-only H2
 * open and the change history against the anchor. Nothing here writes to a backup: H2 opens it with
 * {@code ACCESS_MODE_DATA=r}, and a legacy zip is read from a private copy.
 */
final class BackupCheck {
    private static final Logger LOG = LoggerFactory.getLogger(BackupCheck.class);
    /** The part of a damage message that names the fault, without "The inventory is damaged: … not changed." */
    private static final Pattern DAMAGE =
            Pattern.compile("The inventory is damaged: (.*?)\\. It was not opened.*", Pattern.DOTALL);

    private BackupCheck() {}

    /** Every backup, newest first, as its header describes it; nothing is opened, no key is needed. */
    static List<BackupStatus> list(InventoryFolder folder) {
        return Backups.list(folder).stream().map(BackupCheck::describe).toList();
    }

    static List<BackupStatus> verifyAll(InventoryFolder folder, KeyRing keys) {
        return Backups.list(folder).stream().map(backup -> verify(backup, keys)).toList();
    }

    static BackupStatus verify(Backups.Backup backup, KeyRing keys) {
        BackupStatus described = describe(backup);
        try {
            verified(backup, keys);
            return described.checked(null);
        } catch (CustodianException e) {
            LOG.info("Backup {} did not verify: {}", backup.name(), e.getMessage());
            return described.checked(reason(e));
        } catch (IOException | RuntimeException e) {
            LOG.info(
                    "Backup {} could not be read ({})",
                    backup.name(),
                    e.getClass().getSimpleName());
            return described.checked("it could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Throws naming the first fault; returns the backup's verified header. */
    static InventoryHeader verified(Backups.Backup backup, KeyRing keys) throws IOException {
        if (!Files.isRegularFile(backup.database())) {
            throw InventoryHeader.damaged("its database file is missing");
        }
        InventoryHeader header = InventoryHeader.read(backup.header());
        Anchor anchor = header.anchor();
        if (!header.authentic(keys.headerKey) || !anchor.verifies(keys.anchorKey)) {
            throw InventoryHeader.damaged("its header was altered, or belongs to another inventory");
        }
        if (!backup.legacyZip()) {
            if (!anchor.sealed()) {
                throw InventoryHeader.damaged("its header is not sealed to its database file");
            }
            check(InventoryFolder.of(backup.database().getParent()), backup.name(), header, keys);
            return header;
        }
        if (anchor.sealed()) {
            throw InventoryHeader.damaged("its header does not belong to a zip backup");
        }
        InventoryFolder scratch = LegacyBackup.scratchFolder();
        try {
            LegacyBackup.extract(backup.database(), scratch.databaseFile());
            check(scratch, InventoryFolder.DATABASE_NAME, header, keys);
            return header;
        } finally {
            LegacyBackup.remove(scratch);
        }
    }

    static void check(InventoryFolder folder, String databaseName, InventoryHeader header, KeyRing keys) {
        check(folder, databaseName, header, keys, !header.anchor().sealed());
    }

    /**
     * The read-only open of one database file against its header's anchor: the seal, the schema version and
     * the whole change history, as {@code check} walks it (a backup is looked at rarely, so the full walk is
     * cheap insurance). {@code everything} reads every record back too, for bytes no seal vouches for. Used
     * for backups and for the copy a restore has just made.
     */
    static void check(
            InventoryFolder folder, String databaseName, InventoryHeader header, KeyRing keys, boolean everything) {
        Anchor anchor = header.anchor();
        if (anchor.sealed() && !FileSeal.matches(folder.databaseFile(databaseName), keys.fileKey, anchor.fileMac())) {
            throw InventoryHeader.damaged("its database file was changed outside Custodian since it was last saved");
        }
        try (H2Connection h2 = new H2Connection(folder, keys, databaseName)) {
            DSLContext dsl = h2.forReading();
            SchemaMigrations.refuseNewer(SchemaMigrations.installedVersion(dsl));
            AuditTrail.ChainState chain = AuditTrail.verify(dsl, keys.auditKey, anchor.seq());
            if (everything) {
                RecordScan.readEverything(dsl);
            }
            if (chain.lastSeq() < anchor.seq()) {
                throw InventoryHeader.damaged(
                        "it holds " + chain.lastSeq() + " changes where its header records " + anchor.seq());
            }
            if (!anchor.head().equals(chain.hashAtAnchor())) {
                throw InventoryHeader.damaged("its change history does not match its header");
            }
        } catch (SQLException | DataAccessException e) {
            throw H2Errors.onVerify(e);
        }
    }

    static BackupStatus describe(Backups.Backup backup) {
        long changes = BackupStatus.UNKNOWN;
        try {
            changes = InventoryHeader.read(backup.header()).anchor().seq();
        } catch (CustodianException e) {
            // shown as unknown here; the check names the fault
        }
        long bytes = 0;
        try {
            bytes = Files.isRegularFile(backup.database()) ? Files.size(backup.database()) : 0;
        } catch (IOException e) {
            // shown as 0 bytes; the check names the fault
        }
        Path file = backup.database();
        return new BackupStatus(
                backup.name(),
                file,
                Backups.takenAt(backup.name()),
                bytes,
                changes,
                BackupStatus.Check.NOT_CHECKED,
                null);
    }

    /** The fault alone, as it reads in a table row: "its database file is missing". */
    static String reason(CustodianException failure) {
        Matcher damage = DAMAGE.matcher(failure.getMessage());
        return damage.matches() ? damage.group(1) : failure.getMessage();
    }
}
