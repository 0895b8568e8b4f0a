package org.custodian.storage;

import java.sql.SQLException;
import java.util.Arrays;
import org.custodian.model.WrongPassphraseException;
import org.jooq.DSLContext;

/**
 * The checks between "here is a folder and a passphrase" and "this inventory may be written":
 * each step refuses with its own plain message, and none of them writes to the folder.
 */
final class Unlocking {
    private Unlocking() {}

    static InventoryHeader readHeader(InventoryFolder folder, KdfPolicy policy) {
        InventoryHeader header = InventoryHeader.read(folder.header());
        SchemaMigrations.refuseNewer(header.anchor().schemaVersion());
        if (!header.kdf().atLeast(policy.floor())) {
            throw InventoryHeader.damaged("its header asks for a weaker passphrase check than Custodian allows "
                    + "(it may have been tampered with)");
        }
        return header;
    }

    /** The keys, and the header as it will be written from now on (a format 1 header gains its passphrase check). */
    record Unlocked(KeyRing keys, InventoryHeader header) {}

    /**
     * The passphrase check tells a mistyped passphrase from a damaged wrapped key; the header MAC and
     * the anchor MAC, both under keys only the data key gives, catch any other edit (the demo flag too).
     */
    static Unlocked unlock(InventoryHeader header, char[] passphrase) {
        byte[] kek = header.kdf().derive(passphrase, header.salt());
        try {
            if (!header.passphraseMatches(kek)) {
                throw wrongPassphrase();
            }
            DataKey dataKey;
            try {
                dataKey = DataKey.unwrap(kek, header.nonce(), header.associatedData(), header.wrappedKey());
            } catch (WrongPassphraseException e) {
                if (header.passphraseCheck() != null) {
                    throw InventoryHeader.damaged(
                            "the passphrase is right, but the key stored in its header was altered");
                }
                throw e;
            }
            KeyRing keys = new KeyRing(dataKey);
            if (!header.authentic(keys.headerKey)) {
                keys.destroy();
                throw InventoryHeader.damaged("its header was altered");
            }
            if (!header.anchor().verifies(keys.anchorKey)) {
                keys.destroy();
                throw InventoryHeader.damaged("its header's record of the last change was altered");
            }
            return new Unlocked(
                    keys,
                    header.passphraseCheck() != null
                            ? header
                            : new InventoryHeader(
                                    header.format(),
                                    header.kdf(),
                                    header.salt(),
                                    header.nonce(),
                                    header.wrappedKey(),
                                    header.demo(),
                                    header.anchor(),
                                    InventoryHeader.passphraseCheckOf(kek)));
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static WrongPassphraseException wrongPassphrase() {
        return new WrongPassphraseException("The passphrase does not open this inventory.");
    }

    /** What a read-only look found: the header to open with, the schema version, where the change history ends. */
    record Verified(InventoryHeader header, int schemaVersion, AuditTrail.ChainState chain) {}

    /**
     * Opens H2 read-only (a damaged file is never rewritten) and walks the audit chain. A sealed file
     * must match its seal; a file left mid-change by a crash has every record read back instead.
     * Returns the header to open with: if the database lost acknowledged changes, but a backup holds
     * exactly the last acknowledged state, that backup is put in its place (the lost file kept aside).
     */
    static Verified verify(H2Connection h2, InventoryFolder folder, KeyRing keys, InventoryHeader header) {
        Anchor anchor = header.anchor();
        Verified verified = readOnly(h2, folder, keys, header);
        if (verified.chain().lastSeq() < anchor.seq()) {
            closeQuietly(h2);
            return readOnly(
                    h2,
                    folder,
                    keys,
                    Recovery.fromBackup(folder, keys, header, verified.chain().lastSeq()));
        }
        if (!anchor.head().equals(verified.chain().hashAtAnchor())) {
            throw InventoryHeader.damaged("its change history does not match its header");
        }
        return verified;
    }

    /**
     * A sealed file is byte for byte what Custodian last wrote, so its history needs no re-walk: its
     * newest entry must be the anchored one (`check` still walks it all). A file left mid-change has
     * its whole chain walked and every record read back.
     */
    static Verified readOnly(H2Connection h2, InventoryFolder folder, KeyRing keys, InventoryHeader header) {
        Anchor anchor = header.anchor();
        if (anchor.sealed() && !FileSeal.matches(folder.databaseFile(), keys.fileKey, anchor.fileMac())) {
            throw InventoryHeader.damaged("its database file was changed outside Custodian since it was last saved");
        }
        try {
            DSLContext dsl = h2.forReading();
            int schema = SchemaMigrations.installedVersion(dsl);
            SchemaMigrations.refuseNewer(schema);
            if (anchor.sealed()) {
                return new Verified(header, schema, AuditTrail.newest(dsl, anchor.seq()));
            }
            AuditTrail.ChainState chain = AuditTrail.verify(dsl, keys.auditKey, anchor.seq());
            RecordScan.readEverything(dsl);
            return new Verified(header, schema, chain);
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            throw H2Errors.onVerify(e);
        }
    }

    static void closeQuietly(H2Connection h2) {
        try {
            h2.close();
        } catch (SQLException e) {
            // only a read-only connection is open here; nothing of it needs saving
        }
    }

    static InventoryHeader rewrap(InventoryHeader old, KeyRing keys, char[] newPassphrase, KdfPolicy policy) {
        return wrap(keys.dataKey(), newPassphrase, policy, old.demo(), old.anchor());
    }

    /** A header holding {@code dataKey} wrapped under a fresh salt and nonce with parameters calibrated here. */
    static InventoryHeader wrap(DataKey dataKey, char[] passphrase, KdfPolicy policy, boolean demo, Anchor anchor) {
        KdfParameters kdf = policy.calibrate();
        byte[] salt = DataKey.randomBytes(16);
        byte[] nonce = DataKey.randomBytes(DataKey.NONCE_BYTES);
        InventoryHeader unsealed =
                new InventoryHeader(InventoryHeader.FORMAT, kdf, salt, nonce, new byte[0], demo, anchor, null);
        byte[] kek = kdf.derive(passphrase, salt);
        try {
            byte[] wrapped = dataKey.wrap(kek, nonce, unsealed.associatedData());
            return new InventoryHeader(
                    InventoryHeader.FORMAT,
                    kdf,
                    salt,
                    nonce,
                    wrapped,
                    demo,
                    anchor,
                    InventoryHeader.passphraseCheckOf(kek));
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }
}
