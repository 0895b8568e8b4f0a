package org.custodian.cli;

import org.custodian.service.InventoryFiles;
import picocli.CommandLine.Model.CommandSpec;

/** Getting the passphrase for an existing inventory, the same way for every command. */
final class Unlock {
    private Unlock() {}

    static char[] passphrase(
            InventoryFiles files,
            InventoryOption inventory,
            PassphraseOptions options,
            Terminal terminal,
            CommandSpec spec) {
        files.requireInventory(inventory.folder); // before asking for a passphrase it could not use
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
}
