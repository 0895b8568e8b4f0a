package org.custodian.model;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One backup of an inventory as a list or a check sees it: when it was taken (from its UTC stamp), the
 * size of its database file, how many changes its header says it holds, and whether it verified.
 * {@code problem} says why it did not; it is written for the user and never quotes inventory content.
 */
public record BackupStatus(
        String name, Path file, Instant taken, long bytes, long changes, Check check, String problem) {
    public enum Check {
        /** Listed only; not opened yet. */
        NOT_CHECKED,
        /** Opened and verified like an inventory: anchor, seal or every record, change history. */
        VERIFIED,
        /** Could not be verified; {@link #problem()} says why. */
        FAILED
    }

    /** -1 when its header cannot be read. */
    public static final long UNKNOWN = -1;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** "2026-11-29 22:34 UTC": the stamp is UTC, and saying so avoids reading it as local time. */
    public String when() {
        return WHEN.format(taken);
    }

    /** "624.0 KiB": the database file's size (a legacy zip's size for a legacy backup). */
    public String size() {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kib = bytes / 1024.0;
        return kib < 1024
                ? String.format(java.util.Locale.ROOT, "%.1f KiB", kib)
                : String.format(java.util.Locale.ROOT, "%.1f MiB", kib / 1024);
    }

    public boolean verified() {
        return check == Check.VERIFIED;
    }

    /** Written by versions before the byte-copy backups: an H2 zip, verified by reading every record. */
    public boolean legacy() {
        return file.getFileName().toString().endsWith(".zip");
    }

    public BackupStatus checked(String failure) {
        return new BackupStatus(
                name, file, taken, bytes, changes, failure == null ? Check.VERIFIED : Check.FAILED, failure);
    }

    /** One line on a checked set of backups, the same in the window and on the command line. */
    public static String summary(java.util.List<BackupStatus> checked) {
        long failed = checked.stream().filter(backup -> !backup.verified()).count();
        if (failed == 0) {
            return checked.size() == 1 ? "The backup verifies." : "All " + checked.size() + " backups verify.";
        }
        return failed + " of " + checked.size() + (checked.size() == 1 ? " backup does" : " backups do")
                + " not verify.";
    }
}
