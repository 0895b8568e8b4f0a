package org.custodian.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.custodian.model.Violation;
import org.custodian.service.InventoryImportPreview;
import org.custodian.service.SpreadsheetImportPreview;

/** The text form of a spreadsheet import: the columns, then what changes, as {@code import inventory} shows it. */
final class SpreadsheetPreviewText {
    private final PrintWriter out;
    private final boolean apply;

    SpreadsheetPreviewText(PrintWriter out, boolean apply) {
        this.out = out;
        this.apply = apply;
    }

    void print(Path source, ImportSpreadsheetCommand.Outcome outcome) {
        SpreadsheetImportPreview preview = outcome.preview();
        List<Violation> problems = outcome.problems();
        if (preview == null) {
            out.println("Import of " + source + (apply ? "" : " (preview)"));
        } else {
            out.println("Import of " + preview.records() + " from " + preview.source() + (apply ? "" : " (preview)"));
            columns(preview);
            // organisations named only as a company or a vendor say nothing of the others
            boolean implied = !preview.records().equals("organisations");
            preview.sections().forEach(s -> section(s, implied && s.file().equals("organisations")));
        }
        Violation.messages(problems).forEach(p -> out.println("error: " + p));
        if (!problems.isEmpty()) {
            return;
        }
        if (!preview.hasChanges()) {
            out.println("Nothing to change: the inventory already holds every row of the file.");
        } else if (outcome.written()) {
            out.println("Written in one transaction."
                    + (outcome.backupBefore() == null
                            ? ""
                            : " The inventory as it was before is backup " + outcome.backupBefore()
                                    + "; this import is backed up when the inventory closes."));
        } else {
            out.println("Nothing written yet: run again with --apply to write these changes.");
        }
    }

    private void columns(SpreadsheetImportPreview preview) {
        out.println(
                "Columns: " + (preview.columns().isEmpty() ? "none matched" : String.join(", ", preview.columns())));
        if (!preview.notImported().isEmpty()) {
            out.println("Not imported (no matching field; use --map \"Header=field\" to import one): "
                    + String.join(", ", preview.notImported()));
        }
    }

    private void section(InventoryImportPreview.Section s, boolean implied) {
        out.println(
                s.file() + ": " + s.added().size() + " to add, " + s.changed().size() + " to change, "
                        + s.unchanged() + " unchanged"
                        + (implied ? "" : ", " + s.notInFile().size() + " not in the file"));
        s.added().forEach(a -> out.println("  + " + a));
        for (InventoryImportPreview.Changed c : s.changed()) {
            out.println("  ~ " + c.record());
            c.fields().forEach(f -> out.println("      " + f.field() + ": \"" + f.from() + "\" → \"" + f.to() + "\""));
        }
        s.notInFile().forEach(n -> out.println("  = not in the file (kept): " + n));
    }
}
