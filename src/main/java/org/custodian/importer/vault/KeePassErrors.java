package org.custodian.importer.vault;

import java.io.IOException;
import java.util.Locale;
import org.custodian.model.ValidationException;
import org.custodian.model.WrongPassphraseException;

/**
 * Turns KeePassJava2's failures into messages a user can act on. The library says "wrong credentials" only
 * in its messages, so they are read here (and never shown: they may describe the file's structure).
 */
final class KeePassErrors {
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

    private static RuntimeException wrongPassphrase(VaultFile vault) {
        return new WrongPassphraseException("The passphrase"
                + (vault.keyFile() == null ? "" : " or key file")
                + " does not open the vault " + vault.file() + ". Nothing was read or written.");
    }

    private static boolean wrongCredentials(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("credentials") || message.contains("hmac")) {
                return true;
            }
        }
        return false;
    }
}
