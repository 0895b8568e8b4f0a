package org.custodian.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.custodian.model.CustodianException;
import org.custodian.model.NoInventoryException;
import org.custodian.model.ReadOnlyInventoryException;

/** How a {@link Database} comes to be: a new inventory made, or an existing one unlocked, verified and brought to rest. */
final class DatabaseOpening {
    private DatabaseOpening() {}

    /** Creates an empty inventory (schema only) in a new or empty folder. */
    static Database create(Path path, char[] passphrase, KdfPolicy policy, boolean demo, String actor, Clock clock) {
        InventoryFolder folder = InventoryFolder.of(path);
        folder.prepareForNewInventory();
        InventoryLock lock = InventoryLock.acquire(folder.lockFile());
        try {
            DataKey dataKey = DataKey.generate();
            KeyRing keys = new KeyRing(dataKey);
            InventoryHeader header = Unlocking.wrap(
                    dataKey,
                    passphrase,
                    policy,
                    demo,
                    Anchor.signed(SchemaMigrations.LATEST, 0, Anchor.GENESIS, Anchor.CHANGING, keys.anchorKey));
            header.write(folder.header(), keys);
            try (Connection created = H2Connection.connect(keys, folder.jdbcUrlForCreation())) {
                SchemaMigrations.flyway(H2Connection.dataSource(folder.jdbcUrl(false), keys))
                        .migrate();
                created.createStatement().execute("SHUTDOWN");
            }
            SecureFiles.restrictFile(folder.databaseFile());
            Database database =
                    new Database(folder, keys, lock, header, actor, clock, new H2Connection(folder, keys), false);
            database.seal();
            return database;
        } catch (RuntimeException | SQLException | IOException e) {
            lock.close();
            throw e instanceof CustodianException known ? known : H2Errors.onWork(e);
        }
    }

    /**
     * Opens an existing inventory: header, then passphrase, then a read-only verification against the
     * header's anchor and seal. A file left mid-change by a crash is then brought back to rest: H2
     * recovers it, the anchor catches up with what it holds, and it is closed cleanly and sealed.
     */
    static Database open(Path path, char[] passphrase, KdfPolicy policy, String actor, Clock clock) {
        InventoryFolder folder = InventoryFolder.of(path);
        if (!folder.holdsInventory()) {
            if (Files.exists(folder.databaseFile())) {
                throw InventoryHeader.damaged("its header file (custodian.header) is missing");
            }
            throw new NoInventoryException(folder.dir());
        }
        boolean readOnly = !folder.writable();
        InventoryLock lock =
                readOnly ? InventoryLock.shared(folder.lockFile()) : InventoryLock.acquire(folder.lockFile());
        KeyRing keys = null;
        try {
            InventoryHeader header = Unlocking.readHeader(folder, policy);
            Unlocking.Unlocked unlocked = Unlocking.unlock(header, passphrase);
            keys = unlocked.keys();
            H2Connection h2 = new H2Connection(folder, keys);
            try {
                Unlocking.Verified verified = Unlocking.verify(h2, folder, keys, unlocked.header());
                boolean migrate = verified.schemaVersion() < SchemaMigrations.LATEST;
                Database database = new Database(folder, keys, lock, verified.header(), actor, clock, h2, readOnly);
                if (migrate
                        || !verified.header().anchor().sealed()
                        || verified.chain().lastSeq()
                                != verified.header().anchor().seq()) {
                    if (readOnly) {
                        throw new ReadOnlyInventoryException("This inventory was not closed cleanly or needs "
                                + "upgrading, and its folder cannot be written here, so it cannot be opened as it is.");
                    }
                    Unlocking.closeQuietly(h2);
                    if (migrate) {
                        backUpBeforeMigrating(folder, keys, verified, clock);
                    }
                    database.bringToRest(migrate);
                }
                return database;
            } catch (RuntimeException e) {
                Unlocking.closeQuietly(h2);
                throw e;
            }
        } catch (RuntimeException e) {
            CustodianException failure = BackupOffer.onDamage(
                    folder, keys, e instanceof CustodianException known ? known : H2Errors.onVerify(e));
            if (keys != null) {
                keys.destroy();
            }
            lock.close();
            throw failure;
        }
    }

    private static void backUpBeforeMigrating(
            InventoryFolder folder, KeyRing keys, Unlocking.Verified verified, Clock clock) {
        AuditTrail.ChainState chain = verified.chain();
        Anchor asFound = Anchor.signed(
                verified.schemaVersion(), chain.lastSeq(), chain.lastHash(), Anchor.CHANGING, keys.anchorKey);
        Backups.create(folder, verified.header().withAnchor(asFound), keys, clock);
    }

    static boolean exists(Path path) {
        try {
            return InventoryFolder.of(path).holdsInventory();
        } catch (RuntimeException e) {
            return false;
        }
    }

    static boolean isDemo(Path path) {
        try {
            InventoryFolder folder = InventoryFolder.of(path);
            return folder.holdsInventory()
                    && InventoryHeader.read(folder.header()).demo();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
