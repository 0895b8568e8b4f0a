package org.custodian.cli;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.custodian.service.CheckReport;
import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Verify the whole inventory: header, passphrase, schema, the tamper-evident change history,",
            "and every record. Prints what is wrong; exit code 4 if anything is.",
            "With --backups, verify every backup instead, each like an inventory."
        })
final class CheckCommand implements java.util.concurrent.Callable<Integer> {
    private final InventoryFiles files;
    private final Terminal terminal;

    @Mixin
    InventoryOption inventory;

    @Mixin
    PassphraseOptions passphrase;

    @Option(
            names = "--backups",
            description = {
                "Verify every backup (opened read-only) instead of the inventory; "
                        + "works while the inventory itself fails to open. Exit code 4 if any backup fails."
            })
    boolean backups;

    @Spec
    CommandSpec spec;

    CheckCommand(InventoryFiles files, Terminal terminal) {
        this.files = files;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        char[] secret = Unlock.passphrase(files, inventory, passphrase, terminal, spec);
        if (backups) {
            try {
                return BackupTable.print(
                        terminal.out(), inventory.folder.toString(), files.checkBackups(inventory.folder, secret));
            } finally {
                Arrays.fill(secret, '\0');
            }
        }
        try (Inventory opened = files.open(inventory.folder, secret)) {
            opened.openingWarning().ifPresent(warning -> terminal.out().println("WARNING: " + warning));
            CheckReport report = opened.check();
            terminal.out().println("Inventory \"" + opened.info().name() + "\" at " + opened.folder());
            terminal.out().println("  Header, passphrase and schema: verified");
            terminal.out()
                    .println("  Change history: " + report.verifiedChanges()
                            + " changes, chain verified against the header");
            terminal.out().println("  Records: " + describe(report.counts()));
            if (report.healthy()) {
                terminal.out().println("No problems found.");
                return ExitCode.OK;
            }
            report.problems().forEach(p -> terminal.out().println("  PROBLEM: " + p));
            return ExitCode.DAMAGED;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private static String describe(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }
}
