package org.custodian.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Function;
import org.custodian.model.CustodianException;
import org.custodian.model.DamagedInventoryException;
import org.custodian.model.NewerVersionException;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open, verified, encrypted inventory. The only holder of the connection: services run their
 * work through {@link #read} and {@link #write}, which is where transactions begin and where each
 * acknowledged change is made durable and anchored.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private final InventoryFolder folder;
    private final KeyRing keys;
    private final InventoryLock lock;
    private final String actor;
    private final Clock clock;
    private final Connection connection;
    private final DSLContext dsl;
    private InventoryHeader header;
    private boolean changedSinceOpen;
    private boolean closed;

    private Database(InventoryFolder folder, KeyRing keys, InventoryLock lock, InventoryHeader header, String actor,
                     Clock clock, Connection connection) {
        this.folder = folder;
        this.keys = keys;
        this.lock = lock;
        this.header = header;
        this.actor = actor;
        this.clock = clock;
        this.connection = connection;
        this.dsl = DSL.using(connection, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    /** Creates an empty inventory (schema only) in a new or empty folder. */
    public static Database create(Path path, char[] passphrase, KdfPolicy policy, boolean demo, String actor,
                                  Clock clock) {
        InventoryFolder folder = InventoryFolder.of(path);
        folder.prepareForNewInventory();
        InventoryLock lock = InventoryLock.acquire(folder.lockFile());
        try {
            KdfParameters kdf = policy.calibrate();
            DataKey dataKey = DataKey.generate();
            byte[] salt = DataKey.randomBytes(16);
            byte[] nonce = DataKey.randomBytes(DataKey.NONCE_BYTES);
            InventoryHeader unsealed = new InventoryHeader(InventoryHeader.FORMAT, kdf, salt, nonce, new byte[0], demo, null);
            byte[] kek = kdf.derive(passphrase, salt);
            byte[] wrapped = dataKey.wrap(kek, nonce, unsealed.associatedData());
            Arrays.fill(kek, (byte) 0);
            KeyRing keys = new KeyRing(dataKey);
            InventoryHeader header = new InventoryHeader(InventoryHeader.FORMAT, kdf, salt, nonce, wrapped, demo,
                    Anchor.signed(SchemaMigrations.LATEST, 0, Anchor.GENESIS, Anchor.OPEN, keys.anchorKey));
            header.write(folder.header());
            Connection connection = connect(folder, keys, folder.jdbcUrlForCreation());
            SchemaMigrations.flyway(dataSource(folder.jdbcUrl(false), keys)).migrate();
            SecureFiles.restrictFile(folder.databaseFile());
            return new Database(folder, keys, lock, header, actor, clock, connection);
        } catch (RuntimeException | SQLException | java.io.IOException e) {
            lock.close();
            throw e instanceof CustodianException known ? known : H2Errors.onWork(e);
        }
    }

    /**
     * Opens an existing inventory: header, then passphrase, then a read-only verification of the
     * whole audit chain against the anchor; only a verified inventory is opened for writing.
     */
    public static Database open(Path path, char[] passphrase, KdfPolicy policy, String actor, Clock clock) {
        InventoryFolder folder = InventoryFolder.of(path);
        if (!folder.holdsInventory()) {
            throw new DamagedInventoryException("There is no Custodian inventory at " + folder.dir() + ".");
        }
        InventoryLock lock = InventoryLock.acquire(folder.lockFile());
        try {
            InventoryHeader header = Unlocking.readHeader(folder, policy);
            KeyRing keys = Unlocking.unlock(header, passphrase);
            Unlocking.verifyReadOnly(folder, keys, header.anchor());
            header = header.withAnchor(header.anchor().withFileMac(Anchor.OPEN, keys.anchorKey));
            header.write(folder.header());
            Connection connection = connect(folder, keys, folder.jdbcUrl(false));
            Database database = new Database(folder, keys, lock, header, actor, clock, connection);
            database.migrateIfNeeded();
            database.catchUpAnchor();
            return database;
        } catch (RuntimeException | SQLException e) {
            lock.close();
            throw e instanceof CustodianException known ? known : H2Errors.onVerify(e);
        }
    }

    /** Whether the folder holds an inventory header (valid or not); never throws. */
    public static boolean exists(Path path) {
        try {
            return InventoryFolder.of(path).holdsInventory();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** True only for a readable header that says it is the demo inventory; never throws. */
    public static boolean isDemo(Path path) {
        try {
            InventoryFolder folder = InventoryFolder.of(path);
            return folder.holdsInventory() && InventoryHeader.read(folder.header()).demo();
        } catch (RuntimeException e) {
            return false;
        }
    }

    public <T> T read(Function<Tx, T> work) {
        ensureOpen();
        synchronized (this) {
            try {
                return dsl.transactionResult(configuration -> work.apply(new Tx(DSL.using(configuration), null)));
            } catch (RuntimeException e) {
                throw H2Errors.onWork(unwrap(e));
            }
        }
    }

    /**
     * One user action: runs {@code work} in one transaction with its audit rows, then forces it to
     * disk and moves the anchor. When this returns, the change survives a crash.
     */
    public <T> T write(Function<Tx, T> work) {
        ensureOpen();
        synchronized (this) {
            AuditTrail[] trail = new AuditTrail[1];
            T result;
            try {
                result = dsl.transactionResult(configuration -> {
                    DSLContext txDsl = DSL.using(configuration);
                    trail[0] = AuditTrail.continueFrom(txDsl, keys.auditKey, actor, clock);
                    return work.apply(new Tx(txDsl, trail[0]));
                });
                if (trail[0].appended()) {
                    dsl.execute("CHECKPOINT SYNC");
                }
            } catch (RuntimeException e) {
                throw H2Errors.onWork(unwrap(e));
            }
            if (trail[0].appended()) {
                changedSinceOpen = true;
                advanceAnchor(trail[0].seq(), trail[0].head());
            }
            return result;
        }
    }

    /** Re-wraps the data key under a new passphrase; the database file itself is not touched. */
    public synchronized void changePassphrase(char[] newPassphrase, KdfPolicy policy) {
        ensureOpen();
        header = Unlocking.rewrap(header, keys, newPassphrase, policy);
        header.write(folder.header());
        LOG.info("Inventory passphrase changed");
    }

    public Path folder() {
        return folder.dir();
    }

    public synchronized long auditHead() {
        return header.anchor().seq();
    }

    public synchronized String auditHeadHash() {
        return header.anchor().head();
    }

    public synchronized Path backup() {
        ensureOpen();
        return Backups.create(dsl, folder, header, clock);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (changedSinceOpen) {
                Backups.create(dsl, folder, header, clock);
            }
        } catch (CustodianException e) {
            LOG.warn("Backup on close failed: {}", e.getMessage());
        } finally {
            try {
                connection.close();
                seal();
            } catch (SQLException e) {
                LOG.warn("Closing the inventory failed, H2 error code {}", e.getErrorCode());
            } catch (CustodianException e) {
                LOG.warn("Sealing the closed inventory failed: {}", e.getMessage());
            } finally {
                keys.destroy();
                lock.close();
            }
        }
    }

    /** Records an HMAC of the closed file, so any change to it before the next open is noticed. */
    private void seal() {
        header = header.withAnchor(header.anchor().withFileMac(FileSeal.of(folder.databaseFile(), keys.fileKey),
                keys.anchorKey));
        header.write(folder.header());
    }

    /**
     * After a crash between a commit and its anchor, the anchor is behind: move it to what the
     * read-write connection sees (H2's recovery on a writable open is what counts, not the read-only view).
     */
    private void catchUpAnchor() {
        AuditTrail last = read(tx -> AuditTrail.continueFrom(tx.dsl(), keys.auditKey, actor, clock));
        if (last.seq() < header.anchor().seq()) {
            close();
            throw InventoryHeader.damaged("changes that were saved are missing from its database");
        }
        if (last.seq() != header.anchor().seq()) {
            advanceAnchor(last.seq(), last.head());
        }
    }

    private void migrateIfNeeded() {
        var flyway = SchemaMigrations.flyway(dataSource(folder.jdbcUrl(false), keys));
        if (SchemaMigrations.pending(flyway)) {
            Backups.create(dsl, folder, header, clock);
            flyway.migrate();
        }
    }

    private void advanceAnchor(long seq, String head) {
        header = header.withAnchor(Anchor.signed(SchemaMigrations.LATEST, seq, head, Anchor.OPEN, keys.anchorKey));
        header.write(folder.header());
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The inventory is closed");
        }
    }

    static Connection connect(InventoryFolder folder, KeyRing keys, String url) throws SQLException {
        return dataSource(url, keys).getConnection();
    }

    static JdbcDataSource dataSource(String url, KeyRing keys) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser(KeyRing.H2_USER);
        source.setPasswordChars(keys.h2Password());
        return source;
    }

    private static Throwable unwrap(RuntimeException e) {
        return e instanceof CustodianException ? e : (e.getCause() instanceof CustodianException c ? c : e);
    }

    static NewerVersionException newerSchema(int version) {
        return new NewerVersionException("This inventory was made by a newer version of Custodian (schema version "
                + version + "; this version knows up to " + SchemaMigrations.LATEST + ").");
    }
}
