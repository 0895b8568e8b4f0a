package org.custodian.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.custodian.model.Violation;

/**
 * One CSV file of the set read strictly and streamed row by row: the header must be exactly as documented,
 * every bad cell is reported by file, row and column instead of stopping at the first, and a file that
 * cannot be read as CSV (quoting, encoding, size) is named with the line where it goes wrong.
 */
final class CsvTable {
    /** Far above any real set (the synthetic 100k-asset inventory has about 1,000,000 grants). */
    static final int MAX_ROWS = 2_000_000;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private CsvTable() {}

    /** Hands each data row to {@code each}; what cannot be read goes to {@code problems}. */
    static void read(
            CsvSource source,
            String file,
            List<String> columns,
            List<Violation> problems,
            long dayShift,
            Consumer<TableRow> each) {
        TableRow.Place place = TableRow.Place.csv(file, columns, problems);
        long lastGoodLine = 1;
        try (Reader reader = source.open(file)) {
            if (reader == null) {
                problems.add(new Violation(file, file + ": the file is missing"));
                return;
            }
            CSVParser parser = FORMAT.parse(reader);
            List<String> header = parser.getHeaderNames();
            if (!header.equals(columns)) {
                problems.add(new Violation(
                        file,
                        file + ": the header row must be " + String.join(",", columns) + " but is "
                                + String.join(",", header)));
                return;
            }
            lastGoodLine = parser.getCurrentLineNumber();
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.getRecordNumber() > MAX_ROWS) {
                    problems.add(new Violation(
                            file,
                            String.format(
                                    Locale.ROOT,
                                    "%s has more than %,d rows, more than Custodian reads from one file.",
                                    file,
                                    MAX_ROWS)));
                    return;
                }
                each.accept(
                        new TableRow(place, record.getRecordNumber() + 1, column -> cell(record, column), dayShift));
                lastGoodLine = parser.getCurrentLineNumber();
            }
        } catch (CsvSource.TooLarge e) {
            problems.add(new Violation(file, e.getMessage()));
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            problems.add(new Violation(file, unreadable(source, file, lastGoodLine + 1, e)));
        }
    }

    private static String cell(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
    }

    private static String unreadable(CsvSource source, String file, long rowStart, Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return file + " line " + firstInvalidLine(source, file)
                        + ": the text is not UTF-8. Save the file as UTF-8 (in Excel: \"CSV UTF-8\") and import"
                        + " again.";
            }
            if (t.getMessage() != null && t.getMessage().contains("encapsulated token")) {
                // Commons CSV's words for an unclosed quote or text after a closing quote.
                return file + ", the row that starts on line " + rowStart + ": the quoting is broken. A value"
                        + " that holds a comma, a double quote or a line break is enclosed in double quotes, and a"
                        + " double quote inside it is written twice (\"\"); check that row's quotes.";
            }
        }
        return file + ": cannot be read as CSV (" + failure.getClass().getSimpleName() + ")";
    }

    /**
     * The line of the first byte that is not UTF-8. The decoder reading the file works ahead in blocks, so
     * its failure does not say where; the file is read once more, only on this error.
     */
    static long firstInvalidLine(CsvSource source, String file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        long line = 1;
        try (InputStream in = source.openBytes(file)) {
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                bytes.position(bytes.position() + Math.max(0, read));
                bytes.flip();
                int start = bytes.position();
                CoderResult result = decoder.decode(bytes, chars, end);
                for (int i = start; i < bytes.position(); i++) {
                    line += bytes.get(i) == '\n' ? 1 : 0;
                }
                if (result.isError()) {
                    return line;
                }
                chars.clear();
                bytes.compact();
            }
        } catch (IOException e) {
            return line;
        }
        return line;
    }
}
