package org.custodian.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "change-passphrase",
        mixinStandardHelpOptions = true,
        description = {
            "Change the inventory's passphrase. Only the key wrapping changes; the data is untouched.",
            "The new passphrase comes from $CUSTODIAN_NEW_PASSPHRASE, --new-passphrase-file, or a prompt (twice)."
        })
final class ChangePassphraseCommand implements Runnable {
    static final String NEW_ENVIRONMENT_VARIABLE = "CUSTODIAN_NEW_PASSPHRASE";
    private final InventoryFiles files;
    private final Terminal terminal;

    @Mixin
    InventoryOption inventory;

    @Mixin
    PassphraseOptions passphrase;

    @Option(names = "--new-passphrase-file", paramLabel = "FILE", description = "Read the new passphrase from FILE.")
    Path newPassphraseFile;

    @Spec
    CommandSpec spec;

    ChangePassphraseCommand(InventoryFiles files, Terminal terminal) {
        this.files = files;
        this.terminal = terminal;
    }

    @Override
    public void run() {
        char[] current = Unlock.passphrase(files, inventory, passphrase, terminal, spec);
        char[] replacement;
        try {
            replacement = newPassphrase();
            // Checked before the current key is derived, so a refusal costs no KDF run.
            PassphraseOptions.requireStrongEnough(replacement, "The passphrase was not changed.");
        } catch (RuntimeException e) {
            Arrays.fill(current, '\0');
            throw e;
        }
        try (Inventory opened = files.open(inventory.folder, current)) {
            terminal.err().println("Deriving the new key (about a second)...");
            opened.changePassphrase(replacement);
            terminal.out().println("The passphrase of " + opened.folder() + " was changed.");
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(replacement, '\0');
        }
    }

    /** The same sources as the current passphrase, read from the "new" variable and file instead. */
    private char[] newPassphrase() {
        Map<String, String> environment = new HashMap<>();
        String fromEnvironment = terminal.environment().get(NEW_ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null) {
            environment.put(PassphraseOptions.ENVIRONMENT_VARIABLE, fromEnvironment);
        }
        PassphraseOptions options = new PassphraseOptions();
        options.passphraseFile = newPassphraseFile;
        char[] secret =
                options.newPassphrase(new Terminal(terminal.out(), terminal.err(), environment, terminal.prompt()));
        if (secret == null) {
            throw PassphraseOptions.missing(spec.commandLine());
        }
        return secret;
    }
}
