package org.custodian.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.custodian.model.Violation;
import org.custodian.service.InventoryImportPreview;
import org.custodian.service.VaultImportPreview;

/** Prints a vault import's preview or result, as text or JSON, and fails the command on problems. */
final class VaultPreviewText {
    private VaultPreviewText() {}

    static void report(
            Terminal terminal, Path file, boolean apply, OutputFormat format, ImportVaultCommands.Outcome outcome) {
        List<Violation> problems = outcome.problems();
        VaultImportPreview preview = outcome.preview();
        boolean written = apply && problems.isEmpty() && preview != null && preview.hasChanges();
        if (format == OutputFormat.JSON) {
            OutputFormat.writeJson(terminal.out(), json(file, preview, problems, written, outcome.backupBefore()));
        } else {
            print(terminal.out(), file, apply, preview, problems, written, outcome.backupBefore());
        }
        if (!problems.isEmpty()) {
            throw new CommandFailure(
                    "Nothing was written: " + file + " could not be imported as it is.", ExitCode.ERROR);
        }
    }

    private static ImportVaultCommands.Json json(
            Path file, VaultImportPreview preview, List<Violation> problems, boolean written, String backup) {
        return new ImportVaultCommands.Json(
                preview == null ? file.toString() : preview.vault(),
                written,
                preview == null ? 0 : preview.entriesRead(),
                preview == null ? 0 : preview.fieldsDropped(),
                preview == null ? 0 : preview.skipped(),
                preview != null && preview.notesIncluded(),
                preview == null ? List.of() : preview.changes().sections(),
                preview == null ? List.of() : preview.disappeared(),
                Violation.messages(problems),
                written ? backup : null);
    }

    private static void print(
            PrintWriter out,
            Path file,
            boolean apply,
            VaultImportPreview preview,
            List<Violation> problems,
            boolean written,
            String backup) {
        out.println("Import of " + (preview == null ? file : preview.vault()) + (apply ? "" : " (preview)"));
        if (preview != null) {
            out.println(String.format(
                    Locale.ROOT,
                    "Read %,d entries; left out %,d secret or free-text fields (passwords, TOTP, %scustom fields,"
                            + " attachments, cards, keys, history); skipped %,d (recycle bin, deleted, identities).",
                    preview.entriesRead(),
                    preview.fieldsDropped(),
                    preview.notesIncluded() ? "" : "notes, ",
                    preview.skipped()));
            preview.changes().sections().forEach(s -> section(out, s));
        }
        Violation.messages(problems).forEach(p -> out.println("error: " + p));
        if (!problems.isEmpty()) {
            return;
        }
        if (preview == null || !preview.hasChanges()) {
            out.println("Nothing to change: the inventory already holds every entry as the vault has it.");
        } else if (written) {
            out.println("Written in one transaction."
                    + (backup == null
                            ? ""
                            : " The inventory as it was before is backup " + backup
                                    + "; this import is backed up when the inventory closes."));
        } else {
            out.println("Nothing written yet: run again with --apply to write these changes.");
        }
    }

    private static void section(PrintWriter out, InventoryImportPreview.Section s) {
        boolean entries = s.file().equals("entries");
        out.println(
                s.file() + ": " + s.added().size() + " to add, " + s.changed().size() + " to change, " + s.unchanged()
                        + " unchanged" + (entries ? ", " + s.notInFile().size() + " gone from the vault" : ""));
        s.added().forEach(a -> out.println("  + " + a));
        for (InventoryImportPreview.Changed c : s.changed()) {
            out.println("  ~ " + c.record());
            c.fields().forEach(f -> out.println("      " + f.field() + ": \"" + f.from() + "\" → \"" + f.to() + "\""));
        }
        s.notInFile().forEach(n -> out.println("  - gone from the vault (kept, review it): " + n));
    }
}
