package org.custodian.cli;

import java.util.Arrays;
import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Create a new, empty, encrypted inventory in a new or empty folder.")
final class InitCommand implements Runnable {
    private final InventoryFiles files;
    private final Terminal terminal;

    @Mixin
    InventoryOption inventory;

    @Mixin
    PassphraseOptions passphrase;

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "The inventory's name, e.g. your company (default: the folder's name).")
    String name;

    @Spec
    CommandSpec spec;

    InitCommand(InventoryFiles files, Terminal terminal) {
        this.files = files;
        this.terminal = terminal;
    }

    @Override
    public void run() {
        char[] secret = passphrase.newPassphrase(terminal);
        if (secret == null) {
            throw PassphraseOptions.missing(spec.commandLine());
        }
        PassphraseOptions.requireStrongEnough(secret, "Nothing was created.");
        String inventoryName = name != null
                ? name
                : String.valueOf(inventory.folder.toAbsolutePath().getFileName());
        terminal.err().println("Deriving the encryption key (about a second)...");
        try (Inventory created = files.create(inventory.folder, inventoryName, secret)) {
            terminal.out().println("Created the inventory \"" + inventoryName + "\" at " + created.folder() + ".");
            terminal.out().println("Keep the passphrase safe: without it the inventory cannot be opened by anyone.");
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
