package org.custodian.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options every report shares. */
final class ReportOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json (schema in the README).")
    OutputFormat format;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Answer as things stood on DATE (yyyy-mm-dd).")
    LocalDate asOf;

    @Option(names = "--all", description = "Also list what a rotation already ended (\"no longer exposed\").")
    boolean includeNoLonger;
}
