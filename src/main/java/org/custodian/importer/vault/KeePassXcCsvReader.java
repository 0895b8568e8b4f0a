package org.custodian.importer.vault;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads KeePassXC's CSV export ("Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last
 * Modified","Created"; older versions stop at Notes). The export has no entry ids, so an entry is known by
 * its group, title and user name: renaming one in the vault shows as one added and one gone.
 */
final class KeePassXcCsvReader {
    private static final List<String> REQUIRED = List.of("Group", "Title", "Username", "Password", "URL", "Notes");

    private KeePassXcCsvReader() {}

    static VaultContent read(VaultFile vault) {
        VaultFiles.requireReadable(vault);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (Reader in = Files.newBufferedReader(vault.file(), StandardCharsets.UTF_8);
                CSVParser csv = CSVParser.parse(in, format)) {
            Map<String, Integer> header = csv.getHeaderMap();
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    throw VaultFiles.refused(
                            vault,
                            "is not a KeePassXC CSV export: it has no \"" + column
                                    + "\" column (export again with Database > Export > CSV File).");
                }
            }
            List<VaultEntry> entries = new ArrayList<>();
            int dropped = 0;
            for (CSVRecord row : csv) {
                entries.add(entry(vault, row));
                dropped += dropped(vault, row);
            }
            return new VaultContent(
                    VaultFormat.KEEPASSXC_CSV,
                    vault.fileName(),
                    "keepassxc-csv:file:" + vault.fileName(),
                    entries,
                    dropped,
                    0);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw VaultFiles.refused(
                    vault,
                    "is not readable CSV (" + e.getClass().getSimpleName()
                            + "); export again from KeePassXC with Database > Export > CSV File.");
        }
    }

    private static VaultEntry entry(VaultFile vault, CSVRecord row) {
        String group = withoutRoot(row.get("Group"));
        String title = VaultFiles.blankToNull(row.get("Title"));
        String user = VaultFiles.blankToNull(row.get("Username"));
        return new VaultEntry(
                "keepassxc-csv:" + digest(group + "\n" + title + "\n" + user),
                title,
                group,
                user,
                VaultFiles.blankToNull(row.get("URL")),
                "entry",
                date(vault, row, "Created"),
                date(vault, row, "Last Modified"),
                vault.includeNotes() ? VaultFiles.blankToNull(row.get("Notes")) : null);
    }

    private static int dropped(VaultFile vault, CSVRecord row) {
        int n = row.get("Password").isEmpty() ? 0 : 1;
        if (!vault.includeNotes() && !row.get("Notes").isEmpty()) {
            n++;
        }
        if (row.isMapped("TOTP") && row.isSet("TOTP") && !row.get("TOTP").isEmpty()) {
            n++;
        }
        return n;
    }

    /** KeePassXC writes the root group's name first ("Root/Servers/Linux"); value locations leave it out. */
    private static String withoutRoot(String group) {
        int slash = group.indexOf('/');
        return slash < 0 ? "" : group.substring(slash + 1);
    }

    private static LocalDate date(VaultFile vault, CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column) || row.get(column).isBlank()) {
            return null;
        }
        try {
            return VaultFiles.day(Instant.parse(row.get(column).strip()));
        } catch (DateTimeParseException e) {
            throw VaultFiles.refused(
                    vault,
                    "row " + row.getRecordNumber() + ", column " + column
                            + ": not a date KeePassXC writes (2024-05-01T09:30:00Z).");
        }
    }

    /** A fixed-length id for group + title + user name, since the export has none of its own. */
    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
