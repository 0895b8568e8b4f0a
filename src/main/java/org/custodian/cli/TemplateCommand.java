package org.custodian.cli;

import java.nio.file.Path;
import org.custodian.service.Templates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code template --out FILE.xlsx}: a workbook to fill in and bring back with the spreadsheet imports. */
@Command(
        name = "template",
        mixinStandardHelpOptions = true,
        description = {
            "Write a workbook to fill in: a sheet each for Organisations, People and Assets, with the column",
            "names of sample-data/README.md, two example rows each and drop-downs for the fixed values.",
            "Bring it back with import organisations, import people and import assets (in that order)."
        })
final class TemplateCommand implements Runnable {
    private final Terminal terminal;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The .xlsx file to write.")
    Path out;

    TemplateCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public void run() {
        Templates.write(out);
        Workbooks.written(terminal.err(), out);
    }
}
