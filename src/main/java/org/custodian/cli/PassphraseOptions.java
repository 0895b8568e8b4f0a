package org.custodian.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.custodian.model.PassphraseRule;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where the passphrase comes from: never an argument (it would sit in shell history and the
 * process list), but the environment, a file, or a prompt on the terminal.
 */
final class PassphraseOptions {
    static final String ENVIRONMENT_VARIABLE = "CUSTODIAN_PASSPHRASE";
    /** A passphrase of hundreds of characters fits many times over. */
    static final int MAX_FILE_BYTES = 4096;

    @Option(
            names = "--passphrase-file",
            paramLabel = "FILE",
            description =
                    "Read the passphrase from the first line of FILE (else $CUSTODIAN_PASSPHRASE, else a prompt).")
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

    /**
     * Reads the first line of an ordinary file of at most {@link #MAX_FILE_BYTES}. A device or pipe is refused
     * before it is opened: {@code /dev/zero} never ends (it ran the JVM out of memory) and a FIFO blocks the
     * open until someone writes to it. Messages name the file, never its content.
     */
    static char[] fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure(
                    "The passphrase file " + file
                            + (Files.exists(file)
                                    ? " is not an ordinary file (a device, pipe or folder); put the passphrase in a plain text file."
                                    : " does not exist."),
                    ExitCode.USAGE);
        }
        byte[] bytes = new byte[0];
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new CommandFailure(
                        "The passphrase file " + file + " is larger than 4 KiB; it should hold "
                                + "the passphrase on its first line and nothing else.",
                        ExitCode.USAGE);
            }
            CharBuffer chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            try {
                return firstLine(chars);
            } finally {
                chars.clear();
                while (chars.hasRemaining()) {
                    chars.put('\0');
                }
            }
        } catch (CharacterCodingException e) {
            throw new CommandFailure("The passphrase file " + file + " is not UTF-8 text.", ExitCode.USAGE);
        } catch (IOException e) {
            throw new CommandFailure(
                    "Cannot read the passphrase file " + file + " ("
                            + e.getClass().getSimpleName() + ").",
                    ExitCode.USAGE);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static char[] firstLine(CharBuffer chars) {
        int end = 0;
        while (end < chars.limit() && chars.get(end) != '\n') {
            end++;
        }
        if (end > 0 && chars.get(end - 1) == '\r') {
            end--;
        }
        char[] line = new char[end];
        chars.get(0, line);
        return line;
    }

    /** The window's rule for new passphrases ({@link PassphraseRule}); the secret is wiped when refused. */
    static void requireStrongEnough(char[] secret, String consequence) {
        if (!PassphraseRule.acceptable(secret)) {
            Arrays.fill(secret, '\0');
            throw new CommandFailure(PassphraseRule.tooShort() + " " + consequence, ExitCode.USAGE);
        }
    }

    static ParameterException missing(picocli.CommandLine line) {
        return new ParameterException(
                line,
                "No passphrase given: set " + ENVIRONMENT_VARIABLE
                        + ", use --passphrase-file FILE, or run in a terminal to be asked.");
    }
}
