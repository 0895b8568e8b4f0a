package org.custodian.importer.vault;

import java.nio.file.Path;

/**
 * A vault file to read and how to open it. The passphrase belongs to the caller, who wipes it after the
 * import; the readers copy it only into a buffer they wipe themselves.
 *
 * @param passphrase the KeePass file's passphrase (null for the exports, which are not encrypted)
 * @param keyFile the KeePass key file, or null
 * @param includeNotes whether entries' notes are kept (off unless asked for: notes often hold secrets)
 */
public record VaultFile(VaultFormat format, Path file, char[] passphrase, Path keyFile, boolean includeNotes) {
    /** Reads the file; a wrong passphrase or an unreadable file throws before anything is kept. */
    public VaultContent read() {
        return switch (format) {
            case KEEPASS -> KeePassReader.read(this);
            case KEEPASSXC_CSV -> KeePassXcCsvReader.read(this);
            case BITWARDEN -> BitwardenReader.read(this);
        };
    }

    String fileName() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
