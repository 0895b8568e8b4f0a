package org.custodian.importer.vault;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.linguafranca.pwdb.kdbx.jackson.JacksonEntry;
import org.linguafranca.pwdb.kdbx.jackson.JacksonHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When an entry's password was last set. KeePass saves the entry's previous version into its history on every
 * edit, so the date is the last-modified time of the oldest version, in the unbroken run of newest versions,
 * that has today's password. An entry renamed today thus keeps its older date: a later date than the real
 * one would wrongly cut off everyone who left in between. The passwords are compared in memory, in the
 * library's own strings, and never copied or kept.
 *
 * <p>KeePassJava2 2.2.4 has no public accessor for an entry's history, so the field is read by reflection;
 * if that ever fails, the entry's last modification is used (and a test pins the library version).
 */
final class KeePassHistory {
    private static final Logger LOG = LoggerFactory.getLogger(KeePassHistory.class);
    private static final Field HISTORY = historyField();

    private KeePassHistory() {}

    static LocalDate passwordChanged(JacksonEntry entry) {
        List<JacksonEntry> versions = new ArrayList<>(versionsOf(entry));
        versions.sort(Comparator.comparing(KeePassHistory::modified));
        Date set = modified(entry);
        byte[] current = bytes(entry.getPassword());
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (!MessageDigest.isEqual(current, bytes(versions.get(i).getPassword()))) {
                break;
            }
            set = min(set, modified(versions.get(i)));
        }
        return VaultFiles.day(set);
    }

    private static List<JacksonEntry> versionsOf(JacksonEntry entry) {
        if (HISTORY == null) {
            return List.of();
        }
        try {
            JacksonHistory history = (JacksonHistory) HISTORY.get(entry);
            return history == null || history.getEntry() == null ? List.of() : history.getEntry();
        } catch (IllegalAccessException e) {
            return List.of();
        }
    }

    private static Field historyField() {
        try {
            Field field = JacksonEntry.class.getDeclaredField("history");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug(
                    "KeePass entry history unavailable ({}); using last modification",
                    e.getClass().getSimpleName());
            return null;
        }
    }

    private static Date modified(JacksonEntry entry) {
        Date date = entry.getLastModificationTime();
        return date != null ? date : new Date(0);
    }

    private static Date min(Date a, Date b) {
        return a.before(b) ? a : b;
    }

    private static byte[] bytes(String password) {
        return (password == null ? "" : password).getBytes(StandardCharsets.UTF_8);
    }
}
