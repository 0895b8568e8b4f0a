package org.custodian.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;

/**
 * Reads a spreadsheet the user already has (an HR list, a directory or asset-tool export) into a {@link Table}:
 * an .xlsx workbook ({@link TabularWorkbook}), or a CSV file in whatever shape spreadsheet programs write.
 * The encoding is UTF-8 (with or without a byte-order mark) when the bytes are valid UTF-8, UTF-16 when a
 * byte-order mark says so, and Windows-1252 otherwise (what Excel writes on a Western Windows). The separator
 * is sniffed from the header line: comma, semicolon (Excel where the decimal mark is a comma) or tab.
 */
public final class TabularFile {
    /** A CSV larger than this is not a list of people or assets; the cap keeps a hostile file cheap to refuse. */
    public static final int MAX_CSV_BYTES = 64 * 1024 * 1024;
    /** The same row cap as a workbook: a user list or an asset register stays far below it. */
    public static final int MAX_ROWS = WorkbookLimits.MAX_ROWS;
    /** Excel's limit for one cell; a longer CSV field is refused by the row reader. */
    public static final int MAX_CELL_CHARS = WorkbookLimits.MAX_CELL_CHARS;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TabularFile() {}

    /** @param sheet the sheet to read in a workbook when it has one by that name, else the first sheet */
    public static Table read(Path file, String sheet) {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw refuse(name, "there is no file \"" + file + "\".");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            return TabularWorkbook.read(file, sheet);
        }
        if (lower.endsWith(".xls") || lower.endsWith(".ods") || lower.endsWith(".numbers")) {
            throw refuse(name, "this spreadsheet format is not read; save it as .xlsx or as CSV and import that.");
        }
        return csv(name, bytes(file, name));
    }

    private static byte[] bytes(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes(MAX_CSV_BYTES + 1);
            if (content.length > MAX_CSV_BYTES) {
                throw refuse(name, "the file is larger than 64 MB; a list of people or assets is far smaller.");
            }
            return content;
        } catch (IOException e) {
            throw refuse(name, "the file cannot be read.");
        }
    }

    static Table csv(String name, byte[] bytes) {
        String text = decode(bytes);
        char separator = separator(text);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .get();
        List<String> header = null;
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells.stream().map(String::strip).toList();
                } else if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    if (rows.size() >= MAX_ROWS) {
                        throw refuse(name, String.format(Locale.ROOT, "it has more than %,d rows.", MAX_ROWS));
                    }
                    rows.add(new Table.Row(record.getRecordNumber(), cells));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw refuse(
                    name,
                    "it cannot be read as CSV after row " + (header == null ? 0 : rows.size() + 1)
                            + ": a quoted field may not be closed. Check the quotes there and save it again.");
        }
        if (header == null) {
            throw refuse(name, "the file is empty; the first row must name the columns.");
        }
        return new Table(name, header, rows);
    }

    /** The text of the file: a byte-order mark decides, else valid UTF-8, else Windows-1252. */
    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The separator used most often, outside quotes, on the header line; a comma when there is none. */
    static char separator(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (tab > comma && tab >= semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    static ValidationException refuse(String fileName, String message) {
        return new ValidationException(List.of(new Violation("file", fileName + ": " + message)));
    }
}
