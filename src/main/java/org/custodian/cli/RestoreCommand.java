package org.custodian.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.custodian.model.BackupStatus;
import org.custodian.service.InventoryFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = {
            "Restore a backup into a new folder, as an inventory of its own that the current passphrase opens.",
            "The backup is verified first, and the inventory and its backups are not changed. This works while",
            "the inventory itself fails to open. FILE is the backup's .mv.db, .zip or .header file, or its name",
            "(inventory-STAMP); check --backups lists them."
        })
final class RestoreCommand implements java.util.concurrent.Callable<Integer> {
    private final InventoryFiles files;
    private final Terminal terminal;

    @Mixin
    InventoryOption inventory;

    @Mixin
    PassphraseOptions passphrase;

    @Option(names = "--backup", required = true, paramLabel = "FILE", description = "The backup to restore.")
    String backup;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "NEW_FOLDER",
            description = "A folder that does not exist yet or is empty.")
    Path to;

    @Spec
    CommandSpec spec;

    RestoreCommand(InventoryFiles files, Terminal terminal) {
        this.files = files;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        char[] secret = Unlock.passphrase(files, inventory, passphrase, terminal, spec);
        try {
            BackupStatus restored = files.restoreBackup(inventory.folder, secret, backup, to);
            terminal.out()
                    .println("Restored the backup from " + restored.when() + " (" + restored.changes()
                            + " changes) into " + to.toAbsolutePath().normalize() + ".");
            terminal.out()
                    .println("It was verified after restoring and opens with the inventory's current passphrase; "
                            + inventory.folder + " was not changed.");
            return ExitCode.OK;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
