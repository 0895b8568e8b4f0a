package org.custodian.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where the passphrase comes from: never an argument (it would sit in shell history and the
 * process list), but the environment, a file, or a prompt on the terminal.
 */
final class PassphraseOptions {
    static final String ENVIRONMENT_VARIABLE = "CUSTODIAN_PASSPHRASE";

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the passphrase from the first line of FILE (else $CUSTODIAN_PASSPHRASE, else a prompt).")
    Path passphraseFile;

    /** Returns null when no source is available, so the caller can decide (e.g. the demo's public one). */
    char[] passphrase(Terminal terminal, String question) {
        if (passphraseFile != null) {
            return fromFile(passphraseFile);
        }
        String fromEnvironment = terminal.environment().get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        return terminal.prompt().ask(question);
    }

    /** For a new passphrase typed at a prompt, it must be typed twice. */
    char[] newPassphrase(Terminal terminal) {
        if (passphraseFile != null || terminal.environment().containsKey(ENVIRONMENT_VARIABLE)) {
            return passphrase(terminal, "");
        }
        char[] first = terminal.prompt().ask("New passphrase: ");
        if (first == null) {
            return null;
        }
        char[] second = terminal.prompt().ask("Repeat the passphrase: ");
        if (!Arrays.equals(first, second)) {
            throw new CommandFailure("The two passphrases differ; nothing was created.", ExitCode.USAGE);
        }
        return first;
    }

    private static char[] fromFile(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            int end = content.indexOf('\n');
            String line = end < 0 ? content : content.substring(0, end);
            return line.endsWith("\r") ? line.substring(0, line.length() - 1).toCharArray() : line.toCharArray();
        } catch (IOException e) {
            throw new CommandFailure("Cannot read the passphrase file " + file + " (" + e.getClass().getSimpleName() + ").",
                    ExitCode.USAGE);
        }
    }

    static ParameterException missing(picocli.CommandLine line) {
        return new ParameterException(line, "No passphrase given: set " + ENVIRONMENT_VARIABLE
                + ", use --passphrase-file FILE, or run in a terminal to be asked.");
    }
}
