package org.custodian.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.custodian.model.BackupStatus;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;
import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import org.custodian.service.SpreadsheetImport;
import org.custodian.service.SpreadsheetImportPreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import people | organisations | assets SOURCE}: a spreadsheet in the user's own shape (CSV or XLSX)
 * into the inventory, preview first, as {@code import inventory} does for the documented CSV set.
 */
abstract class ImportSpreadsheetCommand implements Runnable {
    private final InventoryFiles files;
    private final Terminal terminal;

    @Mixin
    InventoryOption inventory;

    @Mixin
    PassphraseOptions passphrase;

    @Parameters(paramLabel = "SOURCE", description = "A .csv (comma, semicolon or tab separated) or .xlsx file.")
    Path source;

    @Option(
            names = "--map",
            paramLabel = "\"HEADER=field\"",
            description = "Import the column HEADER as field (repeatable); \"HEADER=\" leaves the column out.")
    List<String> maps = new ArrayList<>();

    @Option(names = "--apply", description = "Write the changes shown (in one transaction).")
    boolean apply;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    ImportSpreadsheetCommand(InventoryFiles files, Terminal terminal) {
        this.files = files;
        this.terminal = terminal;
    }

    /** The import this command runs. */
    abstract SpreadsheetImportPreview importInto(Inventory opened, SpreadsheetImport.Options options);

    /** The system a one-column user name belongs to; only people have one. */
    String userSystem() {
        return null;
    }

    /** The JSON form (stable: fields are added, never renamed); records are "people", "assets", …. */
    record Json(
            String source,
            String records,
            boolean applied,
            List<String> columns,
            List<String> notImported,
            List<org.custodian.service.InventoryImportPreview.Section> sections,
            List<String> problems,
            String backupBefore) {}

    record Outcome(SpreadsheetImportPreview preview, List<Violation> refused, String backupBefore) {
        List<Violation> problems() {
            List<Violation> all = new ArrayList<>(refused);
            if (preview != null) {
                all.addAll(preview.problems());
            }
            return all;
        }

        boolean written() {
            return preview != null && preview.applied();
        }
    }

    @Override
    public void run() {
        OutputFormat.refuseXlsx(format, "import " + spec.name());
        SpreadsheetImport.Options options = new SpreadsheetImport.Options(maps, userSystem(), apply);
        Outcome outcome = InventorySession.with(files, inventory, passphrase, terminal, spec, opened -> {
            String newest =
                    opened.backups().ofCurrentState().map(BackupStatus::name).orElse(null);
            try {
                return new Outcome(importInto(opened, options), List.of(), newest);
            } catch (ValidationException e) {
                return new Outcome(null, e.violations(), newest);
            }
        });
        List<Violation> problems = outcome.problems();
        if (format == OutputFormat.JSON) {
            SpreadsheetImportPreview p = outcome.preview();
            OutputFormat.writeJson(
                    terminal.out(),
                    new Json(
                            p == null ? source.toString() : p.source(),
                            spec.name(),
                            outcome.written(),
                            p == null ? List.of() : p.columns(),
                            p == null ? List.of() : p.notImported(),
                            p == null ? List.of() : p.sections(),
                            Violation.messages(problems),
                            outcome.written() ? outcome.backupBefore() : null));
        } else {
            new SpreadsheetPreviewText(terminal.out(), apply).print(source, outcome);
        }
        if (!problems.isEmpty()) {
            throw new CommandFailure(
                    "Nothing was written: correct the rows named above (or the --map choices) and import again.",
                    ExitCode.ERROR);
        }
    }

    @Command(
            name = "people",
            mixinStandardHelpOptions = true,
            description = {
                "Import people from your own list (an HR list, a user export from a directory or asset tool).",
                "Columns are matched by name and common synonyms (first_name + last_name, email, username,",
                "jobtitle, company, …); map others with --map. A company becomes or links an organisation.",
                "People match by name; an empty cell keeps what the inventory holds. Nothing is deleted, and",
                "nothing is written without --apply."
            })
    static final class People extends ImportSpreadsheetCommand {
        @Option(
                names = "--user-system",
                paramLabel = "NAME",
                description = "The system the username column logs in to (default: "
                        + SpreadsheetImport.DEFAULT_USER_SYSTEM + ").")
        String userSystem;

        People(InventoryFiles files, Terminal terminal) {
            super(files, terminal);
        }

        @Override
        String userSystem() {
            return userSystem;
        }

        @Override
        SpreadsheetImportPreview importInto(Inventory opened, SpreadsheetImport.Options options) {
            return opened.spreadsheets().people(source, options);
        }
    }

    @Command(
            name = "organisations",
            mixinStandardHelpOptions = true,
            description = {
                "Import organisations (providers, suppliers, the bank) from your own list: name, kind, contact,",
                "notes. Matched by name; a new one without a kind is OTHER. Nothing is written without --apply."
            })
    static final class Organisations extends ImportSpreadsheetCommand {
        Organisations(InventoryFiles files, Terminal terminal) {
            super(files, terminal);
        }

        @Override
        SpreadsheetImportPreview importInto(Inventory opened, SpreadsheetImport.Options options) {
            return opened.spreadsheets().organisations(source, options);
        }
    }

    @Command(
            name = "assets",
            mixinStandardHelpOptions = true,
            description = {
                "Import assets from your own list (an account register, a key list, a card list): name, kind",
                "(or a subtype such as \"Wi-Fi key\"), subtype, system, criticality, vendor, owner, … as in",
                "sample-data/README.md. Matched by name; a new asset without a criticality is MEDIUM; owners must",
                "already be people in the inventory. Nothing is written without --apply."
            })
    static final class Assets extends ImportSpreadsheetCommand {
        Assets(InventoryFiles files, Terminal terminal) {
            super(files, terminal);
        }

        @Override
        SpreadsheetImportPreview importInto(Inventory opened, SpreadsheetImport.Options options) {
            return opened.spreadsheets().assets(source, options);
        }
    }
}
