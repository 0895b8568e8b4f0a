package org.custodian.importer.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;

/** Checks and messages the three vault readers share. Messages name the file, never what is in it. */
final class VaultFiles {
    /** Far above any real vault (5,000 entries of KeePass are about 2 MB) and below a heap's worth. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private VaultFiles() {}

    /** A missing, special or oversized file is refused before it is opened. */
    static void requireReadable(VaultFile vault) {
        if (!Files.isRegularFile(vault.file())) {
            throw refused(
                    vault,
                    Files.exists(vault.file())
                            ? "is not an ordinary file (a folder, device or pipe)."
                            : "does not exist.");
        }
        try {
            if (Files.size(vault.file()) > MAX_BYTES) {
                throw refused(vault, "is larger than 256 MB; no vault export is that large.");
            }
        } catch (IOException e) {
            throw refused(vault, "cannot be read (" + e.getClass().getSimpleName() + ").");
        }
    }

    static ValidationException refused(VaultFile vault, String why) {
        return new ValidationException(List.of(new Violation("file", "The vault file " + vault.file() + " " + why)));
    }

    static LocalDate day(Date date) {
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }

    static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
