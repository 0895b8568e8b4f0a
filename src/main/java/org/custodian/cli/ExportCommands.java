package org.custodian.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.custodian.model.Violation;
import org.custodian.service.InventoryFiles;
import org.custodian.service.SignOffPreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export inventory}, {@code report key-register} and {@code import signoff}: workbooks in and out. */
final class ExportCommands {
    private ExportCommands() {}

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the inventory to a file.")
    static final class Export implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getErr());
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Read a returned file into the inventory.")
    static final class Import implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getErr());
        }
    }

    @Command(
            name = "inventory",
            mixinStandardHelpOptions = true,
            description = "The whole inventory as an Excel workbook: people, organisations, groups and memberships, "
                    + "assets, custody and grants (with history), rotations.")
    static final class InventoryExport implements Runnable {
        private final InventoryFiles files;
        private final Terminal terminal;

        @Mixin
        InventoryOption inventory;

        @Mixin
        PassphraseOptions passphrase;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "The .xlsx file to write.")
        Path out;

        @Spec
        CommandSpec spec;

        InventoryExport(InventoryFiles files, Terminal terminal) {
            this.files = files;
            this.terminal = terminal;
        }

        @Override
        public void run() {
            InventorySession.with(files, inventory, passphrase, terminal, spec, opened -> {
                opened.reports().inventory(out);
                return null;
            });
            Workbooks.written(terminal.err(), out);
        }
    }

    @Command(
            name = "key-register",
            mixinStandardHelpOptions = true,
            description =
                    "Every physical key, badge, fob and permit: copies issued, returned, unaccounted, and who holds each.")
    static final class KeyRegister implements Runnable {
        private final InventoryFiles files;
        private final Terminal terminal;

        @Mixin
        InventoryOption inventory;

        @Mixin
        PassphraseOptions passphrase;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "The .xlsx file to write.")
        Path out;

        @Spec
        CommandSpec spec;

        KeyRegister(InventoryFiles files, Terminal terminal) {
            this.files = files;
            this.terminal = terminal;
        }

        @Override
        public void run() {
            InventorySession.with(files, inventory, passphrase, terminal, spec, opened -> {
                opened.reports().keyRegister(out);
                return null;
            });
            Workbooks.written(terminal.err(), out);
        }
    }

    @Command(
            name = "signoff",
            mixinStandardHelpOptions = true,
            description = {
                "Record the Status, Done by, Done on and Evidence a manager filled in on a departure workbook.",
                "Shows what would change; nothing is recorded without --apply, and then all of it or none."
            })
    static final class SignOff implements Runnable {
        private final InventoryFiles files;
        private final Terminal terminal;

        @Mixin
        InventoryOption inventory;

        @Mixin
        PassphraseOptions passphrase;

        @Parameters(paramLabel = "FILE", description = "The returned .xlsx workbook.")
        Path workbook;

        @Option(names = "--apply", description = "Record the changes shown (in one transaction).")
        boolean apply;

        @Spec
        CommandSpec spec;

        SignOff(InventoryFiles files, Terminal terminal) {
            this.files = files;
            this.terminal = terminal;
        }

        @Override
        public void run() {
            SignOffPreview preview = InventorySession.with(
                    files,
                    inventory,
                    passphrase,
                    terminal,
                    spec,
                    opened -> opened.signOff().previewOrApply(workbook, null, apply));
            print(preview);
            if (!preview.canApply()) {
                throw new CommandFailure(
                        "Nothing was recorded: correct the rows above in the workbook and import it again.",
                        ExitCode.ERROR);
            }
        }

        private void print(SignOffPreview preview) {
            PrintWriter out = terminal.out();
            out.println("Sign-off for the departure of " + preview.leaverName() + " (last day "
                    + preview.departure().lastDay() + "): " + preview.changes().size() + " changes");
            preview.changes().forEach(c -> out.println("  " + c.describe()));
            preview.kept().forEach(k -> out.println("  kept: " + k));
            Violation.messages(preview.problems()).forEach(p -> out.println("  problem: " + p));
            if (preview.canApply() && !preview.changes().isEmpty()) {
                out.println(
                        apply ? "Recorded." : "Nothing recorded yet: run again with --apply to record these changes.");
            }
        }
    }
}
