package org.custodian.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where a KeePass file's passphrase comes from, as for the inventory's: never an argument, but the
 * environment, a file, or a prompt. The caller wipes it once the vault is read; it is never stored or logged.
 */
final class VaultPassphraseOptions {
    static final String ENVIRONMENT_VARIABLE = "CUSTODIAN_VAULT_PASSPHRASE";

    @Option(
            names = "--vault-passphrase-file",
            paramLabel = "FILE",
            description = "Read the vault's passphrase from the first line of FILE (else $" + ENVIRONMENT_VARIABLE
                    + ", else a prompt).")
    Path passphraseFile;

    /** The passphrase, or an empty one when only a key file opens the vault and none is given. */
    char[] passphrase(Terminal terminal, Path vault, boolean keyFileGiven, picocli.CommandLine line) {
        if (passphraseFile != null) {
            return PassphraseOptions.fromFile(passphraseFile);
        }
        String fromEnvironment = terminal.environment().get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        char[] asked = terminal.prompt()
                .ask("Passphrase of the vault " + vault.getFileName()
                        + (keyFileGiven ? " (Enter if the key file alone opens it): " : ": "));
        if (asked != null) {
            return asked;
        }
        throw new ParameterException(
                line,
                "No vault passphrase given: set " + ENVIRONMENT_VARIABLE
                        + ", use --vault-passphrase-file FILE, or run in a terminal to be asked.");
    }
}
