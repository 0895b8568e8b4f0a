package org.custodian.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The rules every command that can write a workbook shares: xlsx needs --out, and says where it went. */
final class Workbooks {
    private Workbooks() {}

    static boolean wanted(OutputFormat format, Path out) {
        if (format == OutputFormat.XLSX && out == null) {
            throw new CommandFailure("--format xlsx needs --out FILE.xlsx", ExitCode.USAGE);
        }
        if (out != null && format != OutputFormat.XLSX) {
            throw new CommandFailure("--out is for --format xlsx", ExitCode.USAGE);
        }
        return format == OutputFormat.XLSX;
    }

    static void written(PrintWriter err, Path out) {
        err.println("Wrote " + out.toAbsolutePath());
    }
}
