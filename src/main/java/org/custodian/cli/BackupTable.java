package org.custodian.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.custodian.model.BackupStatus;

/** {@code check --backups}: one line per backup, newest first, and why each one that failed did. */
final class BackupTable {
    private static final String ROW = "  %-20s  %9s  %8s  %-10s  %s%n";

    private BackupTable() {}

    /** Prints the table; the exit code is 4 when any backup failed. */
    static int print(PrintWriter out, String folder, List<BackupStatus> backups) {
        if (backups.isEmpty()) {
            out.println("The inventory at " + folder
                    + " has no backups yet (one is written when it is closed after changes).");
            return ExitCode.OK;
        }
        out.println("Backups of the inventory at " + folder + ", newest first:");
        out.printf(Locale.ROOT, ROW, "taken", "size", "changes", "verified", "file");
        for (BackupStatus backup : backups) {
            out.printf(
                    Locale.ROOT,
                    ROW,
                    backup.when(),
                    backup.size(),
                    backup.changes() == BackupStatus.UNKNOWN ? "?" : String.valueOf(backup.changes()),
                    backup.verified() ? "✓ yes" : "✗ NO",
                    backup.file().getFileName());
            if (!backup.verified()) {
                out.println("      " + backup.problem());
            }
        }
        out.println(BackupStatus.summary(backups));
        if (backups.stream().allMatch(BackupStatus::verified)) {
            return ExitCode.OK;
        }
        return ExitCode.DAMAGED;
    }
}
