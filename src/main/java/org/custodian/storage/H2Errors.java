package org.custodian.storage;

import java.sql.SQLException;
import org.custodian.model.CustodianException;
import org.custodian.model.DamagedInventoryException;
import org.custodian.model.InventoryInUseException;
import org.custodian.model.StorageException;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns H2 failures into the user's vocabulary. H2's messages quote SQL and bound values, so only
 * the numeric error code is ever logged or shown.
 */
final class H2Errors {
    private static final Logger LOG = LoggerFactory.getLogger(H2Errors.class);
    static final int LOCKED_BY_ANOTHER_PROCESS = 90020;
    static final int WRONG_FILE_PASSWORD = 90049;

    private H2Errors() {}

    static int codeOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() != 0) {
                return sql.getErrorCode();
            }
        }
        return 0;
    }

    /** While verifying an inventory whose header already proved the passphrase: every failure is damage. */
    static CustodianException onVerify(Throwable failure) {
        int code = codeOf(failure);
        LOG.warn("Inventory verification failed, H2 error code {}", code);
        if (code == LOCKED_BY_ANOTHER_PROCESS) {
            return new InventoryInUseException("This inventory is already open in another program.");
        }
        return new DamagedInventoryException(
                "The inventory is damaged: its database could not be read (error " + code
                        + "). It was not opened for writing and not changed.",
                null);
    }

    /** During normal work: the disk, permissions or the file went away underneath us. */
    static CustodianException onWork(Throwable failure) {
        if (failure instanceof CustodianException known) {
            return known;
        }
        int code = codeOf(failure);
        LOG.error(
                "Inventory write or read failed, H2 error code {} ({})",
                code,
                failure.getClass().getSimpleName());
        return new StorageException(
                "Custodian could not save or read the inventory (error " + code
                        + "). The change was not saved; nothing else was lost.",
                null);
    }

    /** The change is committed, but forcing it to disk or anchoring it failed: say so, never "saved". */
    static CustodianException onDurability(Throwable failure) {
        LOG.error(
                "Forcing a change to disk or anchoring it failed, H2 error code {} ({})",
                codeOf(failure),
                failure.getClass().getSimpleName());
        return new StorageException(
                "Custodian could not save the change to disk completely ("
                        + (codeOf(failure) != 0
                                ? "error " + codeOf(failure)
                                : failure.getClass().getSimpleName()) + "), so it may not be saved. "
                        + "Free some disk space, then close and reopen the inventory: it is checked in full when it opens.",
                null);
    }

    static boolean isDataAccess(Throwable t) {
        return t instanceof DataAccessException || t instanceof SQLException;
    }
}
