package org.custodian.importer.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import org.custodian.model.ValidationException;
import org.custodian.model.WrongPassphraseException;

/**
 * Turns KeePassJava2's failures into messages a user can act on. The library says "wrong credentials" only
 * in its messages, so they are read here (and never shown: they may describe the file's structure).
 */
final class KeePassErrors {
    /** The KDBX 4 key derivation id of Argon2id (KeePass's KdfParameters "$UUID"). */
    private static final byte[] ARGON2ID = HexFormat.of().parseHex("9e298b1956db4773b23dfc3ec6f0a1e6");

    /** The outer header, where the key derivation is named, is a few hundred bytes. */
    private static final int HEADER_BYTES = 4096;

    private KeePassErrors() {}

    static RuntimeException unreadable(VaultFile vault, IOException e) {
        if (wrongCredentials(e)) {
            return wrongPassphrase(vault);
        }
        return VaultFiles.refused(
                vault,
                "cannot be opened as a KeePass database (" + e.getClass().getSimpleName()
                        + "): it is damaged, not a .kdbx file, or of a version this import does not read"
                        + " (KDBX 3.1 and 4 are read).");
    }

    static RuntimeException classify(VaultFile vault, RuntimeException e) {
        if (e instanceof ValidationException || e instanceof WrongPassphraseException) {
            return e;
        }
        if (wrongCredentials(e)) {
            return wrongPassphrase(vault);
        }
        return VaultFiles.refused(
                vault,
                "cannot be opened as a KeePass database (" + e.getClass().getSimpleName()
                        + "): it is damaged, not a .kdbx file, or uses a format this import does not read"
                        + " (KDBX 3.1 and 4 with AES-KDF or Argon2, AES or ChaCha20 are read).");
    }

    /**
     * KeePassJava2 2.2.4 derives keys with Argon2d only; a vault set to Argon2id would fail as "wrong
     * passphrase" or worse, so its header (the first few KB, in the clear) is checked for Argon2id first.
     */
    static void refuseArgon2id(VaultFile vault) {
        byte[] start;
        try (InputStream in = Files.newInputStream(vault.file())) {
            start = in.readNBytes(HEADER_BYTES);
        } catch (IOException e) {
            throw unreadable(vault, e);
        }
        if (contains(start, ARGON2ID)) {
            throw VaultFiles.refused(
                    vault,
                    "uses the Argon2id key derivation, which this import cannot open yet (Argon2d and AES-KDF"
                            + " can). In KeePassXC choose Database > Database Security > Encryption Settings >"
                            + " Argon2d, save, and import again; or export it as CSV and use import keepassxc-csv.");
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    private static RuntimeException wrongPassphrase(VaultFile vault) {
        return new WrongPassphraseException("The passphrase"
                + (vault.keyFile() == null ? "" : " or key file")
                + " does not open the vault " + vault.file() + ". Nothing was read or written.");
    }

    private static boolean wrongCredentials(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            // KDBX 3.1: "Inconsistent stream start bytes. This usually means the credentials were wrong."
            // KDBX 4: "Header HMAC does not match" (a damaged block says "Block HMAC does not match")
            if (message.contains("credentials") || message.contains("header hmac")) {
                return true;
            }
        }
        return false;
    }
}
