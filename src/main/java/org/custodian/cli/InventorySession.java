package org.custodian.cli;

import java.util.Arrays;
import java.util.function.Function;
import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import picocli.CommandLine.Model.CommandSpec;

/** Opens the inventory a command names, runs the command's work on it, and closes it again. */
final class InventorySession {
    private InventorySession() {}

    static <T> T with(
            InventoryFiles files,
            InventoryOption inventory,
            PassphraseOptions passphrase,
            Terminal terminal,
            CommandSpec spec,
            Function<Inventory, T> work) {
        char[] secret = Unlock.passphrase(files, inventory, passphrase, terminal, spec);
        try (Inventory opened = files.open(inventory.folder, secret)) {
            opened.openingWarning().ifPresent(warning -> terminal.err().println("Warning: " + warning));
            return work.apply(opened);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
