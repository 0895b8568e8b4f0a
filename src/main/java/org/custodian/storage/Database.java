package org.custodian.storage;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Function;
import org.custodian.model.CustodianException;
import org.custodian.model.ReadOnlyInventoryException;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open, verified, encrypted inventory. The only holder of the connection: services run their
 * work through {@link #read} and {@link #write}, which is where transactions begin and where each
 * acknowledged change is made durable and sealed.
 * <p>
 * At rest the database file is always cleanly closed by H2 and sealed (its HMAC in the header): a
 * crash then loses nothing and the next open can check every byte. Only during a write is the file
 * marked as changing; a crash there is met with a full read-back of every record.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private final InventoryFolder folder;
    private final KeyRing keys;
    private final InventoryLock lock;
    private final String actor;
    private final Clock clock;
    private final H2Connection h2;
    private final String inventoryKey;
    private InventoryHeader header;
    private boolean changedSinceOpen;
    private boolean closed;
    private final boolean readOnly;

    Database(
            InventoryFolder folder,
            KeyRing keys,
            InventoryLock lock,
            InventoryHeader header,
            String actor,
            Clock clock,
            H2Connection h2,
            boolean readOnly) {
        this.readOnly = readOnly;
        this.folder = folder;
        this.keys = keys;
        this.lock = lock;
        this.header = header;
        this.actor = actor;
        this.clock = clock;
        this.h2 = h2;
        this.inventoryKey =
                java.util.HexFormat.of().formatHex(keys.dataKey().subKey("custodian inventory id v1"), 0, 20);
    }

    /** Creates an empty inventory (schema only) in a new or empty folder. */
    public static Database create(
            Path path, char[] passphrase, KdfPolicy policy, boolean demo, String actor, Clock clock) {
        return DatabaseOpening.create(path, passphrase, policy, demo, actor, clock);
    }

    /** Opens an existing inventory; see {@link DatabaseOpening#open}. */
    public static Database open(Path path, char[] passphrase, KdfPolicy policy, String actor, Clock clock) {
        return DatabaseOpening.open(path, passphrase, policy, actor, clock);
    }

    /** Whether {@code path} holds an inventory (header and database); never throws. */
    public static boolean exists(Path path) {
        return DatabaseOpening.exists(path);
    }

    public static boolean isDemo(Path path) {
        return DatabaseOpening.isDemo(path);
    }

    public <T> T read(Function<Tx, T> work) {
        ensureOpen();
        synchronized (this) {
            try {
                return h2.forReading()
                        .transactionResult(configuration -> work.apply(new Tx(DSL.using(configuration), null)));
            } catch (RuntimeException | SQLException e) {
                throw H2Errors.onWork(unwrap(e));
            }
        }
    }

    /**
     * One user action: runs {@code work} in one transaction with its audit rows, then has H2 close the
     * file cleanly and seals it. When this returns, the change survives a crash.
     */
    public <T> T write(Function<Tx, T> work) {
        ensureWritable();
        synchronized (this) {
            AuditTrail[] trail = new AuditTrail[1];
            T result;
            try {
                markChanging();
                result = h2.forWriting().transactionResult(configuration -> {
                    DSLContext txDsl = DSL.using(configuration);
                    trail[0] = AuditTrail.continueFrom(txDsl, keys.auditKey, actor, clock);
                    return work.apply(new Tx(txDsl, trail[0]));
                });
            } catch (RuntimeException | SQLException e) {
                restQuietly();
                throw H2Errors.onWork(unwrap(e));
            }
            CrashPoint.reach("write-after-commit");
            if (trail[0].appended()) {
                changedSinceOpen = true;
                moveAnchor(trail[0].seq(), trail[0].head());
            }
            try {
                rest();
                CrashPoint.reach("write-after-seal");
                confirmReadBack();
            } catch (RuntimeException | SQLException e) {
                throw e instanceof CustodianException known ? known : H2Errors.onDurability(e);
            }
            return result;
        }
    }

    /** Backup work with this inventory's keys; holding this object's lock keeps close (and its backup) out. */
    synchronized <T> T withKeys(KeyedWork<T> work) {
        ensureOpen();
        return work.apply(folder, header, keys);
    }

    /** Re-wraps the data key under a new passphrase; the database file itself is not touched. */
    public synchronized void changePassphrase(char[] newPassphrase, KdfPolicy policy) {
        ensureWritable();
        header = Unlocking.rewrap(header, keys, newPassphrase, policy);
        header.write(folder.header(), keys);
        LOG.info("Inventory passphrase changed");
    }

    public Path folder() {
        return folder.dir();
    }

    /** The same for every copy of one inventory and for no other; reveals nothing of the key. */
    public String inventoryKey() {
        return inventoryKey;
    }

    public synchronized long auditHead() {
        return header.anchor().seq();
    }

    public synchronized String auditHeadHash() {
        return header.anchor().head();
    }

    /**
     * Walks the whole audit chain and reads every record and index back, for {@code check}: an open
     * of a sealed file trusts the seal and looks only at the newest entry.
     */
    public synchronized long verifyEverything() {
        ensureOpen();
        try {
            return RecordScan.verifyAll(h2.forReading(), keys, header.anchor());
        } catch (SQLException | RuntimeException e) {
            throw e instanceof CustodianException known ? known : H2Errors.onVerify(e);
        }
    }

    /**
     * Closes the read-only connection (the file is already at rest and sealed), then copies it as a backup.
     * Every change is saved before this runs; a backup that cannot be written is still reported, after the
     * inventory is closed and unlocked, so nobody believes a backup exists that does not.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException backupFailure = null;
        try {
            if (h2.writable()) {
                rest();
            } else {
                h2.close();
            }
            if (changedSinceOpen) {
                backupFailure =
                        Backups.createAtClose(folder, header, keys, clock).orElse(null);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn(
                    "Closing the inventory: {} (H2 error code {})",
                    e instanceof CustodianException c
                            ? c.getMessage()
                            : e.getClass().getSimpleName(),
                    H2Errors.codeOf(e));
        } finally {
            keys.destroy();
            lock.close();
        }
        if (backupFailure != null) {
            throw backupFailure;
        }
    }

    /** Before H2 may change the file: a crash from here until the next seal is met with a full read-back. */
    private void markChanging() {
        if (header.anchor().sealed()) {
            header = header.withAnchor(header.anchor().withFileMac(Anchor.CHANGING, keys.anchorKey));
            header.write(folder.header(), keys);
        }
    }

    /** H2 closes the file cleanly, then its HMAC goes into the header with the anchor. */
    private void rest() throws SQLException {
        h2.shutDown();
        CrashPoint.reach("write-after-shutdown");
        seal();
    }

    private void restQuietly() {
        try {
            rest();
        } catch (SQLException | RuntimeException e) {
            LOG.warn(
                    "Could not close and seal the inventory file after a failed change ({}); it is read back in "
                            + "full when it next opens",
                    e.getClass().getSimpleName());
        }
    }

    /**
     * Reads the anchored change back through a fresh read-only open of the sealed file. H2 can fall
     * back to an older version of a file with a damaged chunk without a word; this is where that is
     * noticed, before anything is acknowledged.
     */
    private void confirmReadBack() throws SQLException {
        AuditTrail last = AuditTrail.continueFrom(h2.forReading(), keys.auditKey, actor, clock);
        if (last.seq() != header.anchor().seq()
                || !last.head().equals(header.anchor().head())) {
            throw InventoryHeader.damaged("the change just saved could not be read back from its database file ("
                    + last.seq() + " of " + header.anchor().seq() + " changes)");
        }
    }

    void seal() {
        header = header.withAnchor(
                header.anchor().withFileMac(FileSeal.of(folder.databaseFile(), keys.fileKey), keys.anchorKey));
        header.write(folder.header(), keys);
    }

    /** After a crash mid-change, a migration or an anchor behind the database: see {@link RecoveryCopy}. */
    void bringToRest(boolean migrate) {
        CrashPoint.reach("open-before-writable");
        RecoveryCopy copy = new RecoveryCopy(folder, keys);
        AuditTrail last = copy.prepare(header.anchor().seq(), migrate, actor, clock);
        markChanging();
        CrashPoint.reach("open-before-swap");
        copy.swapIn();
        moveAnchor(last.seq(), last.head());
        seal();
    }

    /** The anchor moves with the file still marked as changing; the seal that follows completes it. */
    private void moveAnchor(long seq, String head) {
        header = header.withAnchor(Anchor.signed(SchemaMigrations.LATEST, seq, head, Anchor.CHANGING, keys.anchorKey));
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The inventory is closed");
        }
    }

    private void ensureWritable() {
        ensureOpen();
        if (readOnly) {
            throw new ReadOnlyInventoryException("This inventory is open for reading only: its folder cannot be "
                    + "written here, so nothing was changed.");
        }
    }

    /** Opened from a folder this user cannot write (a read-only medium, or no permission): reads only. */
    public boolean readOnly() {
        return readOnly;
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof CustodianException ? e : (e.getCause() instanceof CustodianException c ? c : e);
    }
}
