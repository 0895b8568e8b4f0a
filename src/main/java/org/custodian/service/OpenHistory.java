package org.custodian.service;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per user and outside every inventory folder: how far each inventory's change history had got the
 * last time it was opened here. A whole older copy of a folder (its database with its own header, or
 * a backup) verifies on its own; only a memory kept elsewhere can say it is behind. It warns, never
 * refuses: going back to an older copy on purpose is legitimate.
 */
public final class OpenHistory {
    private static final Logger LOG = LoggerFactory.getLogger(OpenHistory.class);
    private final Preferences node;

    private OpenHistory(Preferences node) {
        this.node = node;
    }

    /** The OS's per-user preference store (registry, plist, or ~/.java on Linux). */
    public static OpenHistory forThisUser() {
        return new OpenHistory(Preferences.userRoot().node("org/custodian/inventories"));
    }

    public static OpenHistory in(Preferences node) {
        return new OpenHistory(node);
    }

    /** Remembers nothing and warns of nothing: for tests and for tools that open copies on purpose. */
    public static OpenHistory none() {
        return new OpenHistory(null);
    }

    /** A warning when this copy is behind, or beside, the newest one seen here. */
    Optional<String> warningFor(String inventoryKey, long seq, String head) {
        if (node == null) {
            return Optional.empty();
        }
        String seen;
        try {
            seen = node.get(inventoryKey, null);
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
        if (seen == null || seen.indexOf(':') < 0) {
            return Optional.empty();
        }
        long seenSeq;
        try {
            seenSeq = Long.parseLong(seen.substring(0, seen.indexOf(':')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String seenHead = seen.substring(seen.indexOf(':') + 1);
        if (seenSeq > seq) {
            return Optional.of("This copy of the inventory is older than the one last opened on this computer ("
                    + seq + " recorded changes here, " + seenSeq + " then). If that is not what you meant to open, "
                    + "close it and open the newer copy.");
        }
        if (seenSeq == seq && !seenHead.equals(head)) {
            return Optional.of("This copy of the inventory has a different history from the one last opened on "
                    + "this computer with as many changes: two copies have been changed separately.");
        }
        return Optional.empty();
    }

    /** Never fails the close it is part of: losing this memory only loses a warning. */
    void remember(String inventoryKey, long seq, String head) {
        if (node == null) {
            return;
        }
        try {
            String seen = node.get(inventoryKey, null);
            if (seen != null && Long.parseLong(seen.substring(0, seen.indexOf(':'))) > seq) {
                return;
            }
            node.put(inventoryKey, seq + ":" + head);
            node.flush();
        } catch (BackingStoreException | IllegalStateException | IllegalArgumentException e) {
            LOG.warn(
                    "Could not save which inventory state was last opened here ({})",
                    e.getClass().getSimpleName());
        }
    }
}
