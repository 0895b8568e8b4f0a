package org.custodian.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.custodian.service.ReachQuery;
import picocli.CommandLine.Option;

/** Options every report shares. */
final class ReportOptions {
    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (default), json (schema in the README) or xlsx (with --out).")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the .xlsx workbook.")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Answer as things stood on DATE (yyyy-mm-dd).")
    LocalDate asOf;

    @Option(names = "--all", description = "Also list what a rotation already ended (\"no longer exposed\").")
    boolean includeNoLonger;

    ReachQuery query() {
        return new ReachQuery(asOf, includeNoLonger);
    }
}
