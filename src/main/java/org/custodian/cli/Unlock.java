package org.custodian.cli;

import org.custodian.service.InventoryFiles;
import picocli.CommandLine.Model.CommandSpec;

/** Getting the passphrase for an existing inventory, the same way for every command. */
final class Unlock {
    private Unlock() {
    }

    static char[] passphrase(InventoryFiles files, InventoryOption inventory, PassphraseOptions options,
                             Terminal terminal, CommandSpec spec) {
        requireInventoryAt(files, inventory);
        char[] secret = options.passphrase(terminal, "Passphrase for " + inventory.folder + ": ");
        if (secret != null) {
            return secret;
        }
        if (files.isDemo(inventory.folder)) {
            terminal.err().println("Using the demo inventory's public passphrase.");
            return InventoryFiles.DEMO_PASSPHRASE.toCharArray();
        }
        throw PassphraseOptions.missing(spec.commandLine());
    }

    /**
     * A mistyped path is the user's slip, not damage: say so before asking for a passphrase, with the
     * usage exit code, so nobody is sent to restore a backup of an inventory that is fine elsewhere.
     */
    private static void requireInventoryAt(InventoryFiles files, InventoryOption inventory) {
        if (!files.exists(inventory.folder)) {
            throw new CommandFailure("No Custodian inventory at " + inventory.folder.toAbsolutePath()
                    + " (check the path).", ExitCode.USAGE);
        }
    }
}
