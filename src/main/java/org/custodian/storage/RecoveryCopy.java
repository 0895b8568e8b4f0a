package org.custodian.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import org.custodian.model.CustodianException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2's own crash recovery (and any migration) run on a copy beside the database. The copy replaces
 * the database only once it closes cleanly and reads back with every acknowledged change, so a file
 * that cannot be brought to rest is refused exactly as it was found.
 */
final class RecoveryCopy {
    private static final Logger LOG = LoggerFactory.getLogger(RecoveryCopy.class);
    private final InventoryFolder folder;
    private final KeyRing keys;

    RecoveryCopy(InventoryFolder folder, KeyRing keys) {
        this.folder = folder;
        this.keys = keys;
    }

    /** Recovers (and migrates) the copy; returns where its history ends. The database is not touched yet. */
    AuditTrail prepare(long acknowledgedSeq, boolean migrate, String actor, Clock clock) {
        try (H2Connection recovering = new H2Connection(folder, keys, InventoryFolder.RECOVERY_NAME)) {
            Files.deleteIfExists(folder.recoveryFile());
            Backups.copySealed(folder.databaseFile(), folder.recoveryFile(), keys.fileKey);
            AuditTrail last = AuditTrail.continueFrom(recovering.forWriting(), keys.auditKey, actor, clock);
            if (migrate) {
                SchemaMigrations.flyway(H2Connection.dataSource(recovering.url(false), keys))
                        .migrate();
            }
            recovering.shutDown();
            AuditTrail readBack = AuditTrail.continueFrom(recovering.forReading(), keys.auditKey, actor, clock);
            if (last.seq() < acknowledgedSeq || readBack.seq() != last.seq()) {
                throw InventoryHeader.damaged("changes that were saved are missing from its database after the crash ("
                        + Math.min(last.seq(), readBack.seq()) + " of " + acknowledgedSeq + " present)");
            }
            return last;
        } catch (SQLException | IOException | RuntimeException e) {
            discard();
            throw e instanceof CustodianException known ? known : H2Errors.onVerify(e);
        }
    }

    /** Puts the recovered copy in the database's place. */
    void swapIn() {
        try {
            Files.move(
                    folder.recoveryFile(),
                    folder.databaseFile(),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            discard();
            throw e instanceof CustodianException known ? known : H2Errors.onVerify(e);
        }
    }

    private void discard() {
        Path file = folder.recoveryFile();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove the recovery copy {}", file.getFileName());
        }
    }
}
