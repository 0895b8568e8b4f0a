package org.custodian.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.custodian.model.BackupStatus;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;
import org.custodian.service.InventoryFiles;
import org.custodian.service.InventoryImportPreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import inventory SOURCE}: the CSV set (folder or .zip), or a workbook written by {@code export
 * inventory}, into an existing inventory, preview first.
 */
@Command(
        name = "inventory",
        mixinStandardHelpOptions = true,
        description = {
            "Import the CSV set documented in sample-data/README.md (a folder or a .zip), or a workbook written",
            "by export inventory (.xlsx), into the inventory. Shows, per file or sheet, the rows to add, the",
            "changes (old → new), what is unchanged and what the file does not mention (kept: an import never",
            "deletes). Nothing is written without --apply, and then all of it in one transaction, or nothing if",
            "any row is wrong."
        })
final class ImportInventoryCommand implements Runnable {
    private final InventoryFiles files;
    private final Terminal terminal;

    @Mixin
    InventoryOption inventory;

    @Mixin
    PassphraseOptions passphrase;

    @Parameters(
            paramLabel = "SOURCE",
            description = "A folder holding the CSV files, a .zip of them, or an .xlsx written by export inventory.")
    Path source;

    @Option(names = "--apply", description = "Write the changes shown (in one transaction).")
    boolean apply;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    ImportInventoryCommand(InventoryFiles files, Terminal terminal) {
        this.files = files;
        this.terminal = terminal;
    }

    /** The JSON form (stable: fields are added, never renamed). */
    record Json(
            String source,
            boolean applied,
            List<InventoryImportPreview.Section> sections,
            List<String> problems,
            String backupBefore) {}

    private record Outcome(InventoryImportPreview preview, List<Violation> refused, String backupBefore) {}

    @Override
    public void run() {
        if (format == OutputFormat.XLSX) {
            throw new CommandFailure("import inventory prints text or json, not xlsx.", ExitCode.USAGE);
        }
        Outcome outcome = InventorySession.with(files, inventory, passphrase, terminal, spec, opened -> {
            String newest =
                    opened.backups().ofCurrentState().map(BackupStatus::name).orElse(null);
            try {
                return new Outcome(opened.imports().previewOrApply(source, apply), List.of(), newest);
            } catch (ValidationException e) {
                return new Outcome(null, e.violations(), newest);
            }
        });
        List<Violation> problems = new ArrayList<>(outcome.refused());
        if (outcome.preview() != null) {
            problems.addAll(outcome.preview().problems());
        }
        boolean written = apply
                && problems.isEmpty()
                && outcome.preview() != null
                && outcome.preview().hasChanges();
        if (format == OutputFormat.JSON) {
            OutputFormat.writeJson(
                    terminal.out(),
                    new Json(
                            source.toString(),
                            written,
                            outcome.preview() == null
                                    ? List.of()
                                    : outcome.preview().sections(),
                            Violation.messages(problems),
                            written ? outcome.backupBefore() : null));
        } else {
            print(outcome, problems, written);
        }
        if (!problems.isEmpty()) {
            throw new CommandFailure(
                    "Nothing was written: correct what is named above and import again.", ExitCode.ERROR);
        }
    }

    private void print(Outcome outcome, List<Violation> problems, boolean written) {
        PrintWriter out = terminal.out();
        out.println("Import of " + source + (apply ? "" : " (preview)"));
        if (outcome.preview() != null) {
            for (InventoryImportPreview.Section s : outcome.preview().sections()) {
                out.println(s.file() + ": " + s.added().size() + " to add, "
                        + s.changed().size() + " to change, " + s.unchanged() + " unchanged, "
                        + s.notInFile().size() + " not in the file");
                s.added().forEach(a -> out.println("  + " + a));
                for (InventoryImportPreview.Changed c : s.changed()) {
                    out.println("  ~ " + c.record());
                    c.fields()
                            .forEach(f ->
                                    out.println("      " + f.field() + ": \"" + f.from() + "\" → \"" + f.to() + "\""));
                }
                s.notInFile().forEach(n -> out.println("  = not in the file (kept): " + n));
            }
        }
        Violation.messages(problems).forEach(p -> out.println("error: " + p));
        if (!problems.isEmpty()) {
            return;
        }
        if (outcome.preview() == null || !outcome.preview().hasChanges()) {
            out.println("Nothing to change: the inventory already holds every row of the file.");
        } else if (written) {
            out.println("Written in one transaction."
                    + (outcome.backupBefore() == null
                            ? ""
                            : " The inventory as it was before is backup " + outcome.backupBefore()
                                    + "; this import is backed up when the inventory closes."));
        } else {
            out.println("Nothing written yet: run again with --apply to write these changes.");
        }
    }
}
