package org.custodian.importer;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.custodian.model.ControlCharacters;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;

/**
 * One CSV file read strictly: the header must be exactly as documented, and every bad cell is
 * reported by file, row and column instead of stopping at the first.
 */
final class CsvTable {
    private final String fileName;
    private final List<CSVRecord> records;
    private final List<Violation> problems;
    private final long dayShift;

    private CsvTable(String fileName, List<CSVRecord> records, List<Violation> problems, long dayShift) {
        this.fileName = fileName;
        this.records = records;
        this.problems = problems;
        this.dayShift = dayShift;
    }

    static CsvTable read(
            CsvSource source, String fileName, List<String> columns, List<Violation> problems, long dayShift) {
        try (Reader reader = source.open(fileName)) {
            if (reader == null) {
                problems.add(new Violation(fileName, fileName + ": the file is missing"));
                return new CsvTable(fileName, List.of(), problems, dayShift);
            }
            CSVParser parser = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true)
                    .get()
                    .parse(reader);
            List<String> header = parser.getHeaderNames();
            if (!header.equals(columns)) {
                problems.add(new Violation(
                        fileName,
                        fileName + ": the header row must be " + String.join(",", columns) + " but is "
                                + String.join(",", header)));
                return new CsvTable(fileName, List.of(), problems, dayShift);
            }
            return new CsvTable(fileName, parser.getRecords(), problems, dayShift);
        } catch (IOException | RuntimeException e) {
            problems.add(new Violation(
                    fileName,
                    fileName + ": cannot be read as CSV (" + e.getClass().getSimpleName() + ")"));
            return new CsvTable(fileName, List.of(), problems, dayShift);
        }
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (CSVRecord record : records) {
            rows.add(new Row(record));
        }
        return rows;
    }

    /** One data row; row numbers count the header as row 1, as a spreadsheet shows them. */
    final class Row {
        /** The model's fields that hold a reference; once a name in this row failed, their rule is a repeat. */
        private static final java.util.Set<String> REFERENCES =
                java.util.Set.of("asset", "holder", "member", "group", "from", "to");

        private final CSVRecord record;
        private boolean unresolved;

        private Row(CSVRecord record) {
            this.record = record;
        }

        long number() {
            return record.getRecordNumber() + 1;
        }

        /** Control characters are dropped on the way in, as from a returned workbook (see ControlCharacters). */
        String text(String column) {
            String value = record.isMapped(column) && record.isSet(column)
                    ? ControlCharacters.strip(record.get(column)).strip()
                    : "";
            return value.isEmpty() ? null : value;
        }

        String required(String column) {
            String value = text(column);
            if (value == null) {
                problem(column, "a value is required");
            }
            return value;
        }

        LocalDate date(String column) {
            String value = text(column);
            try {
                return value == null ? null : LocalDate.parse(value).plusDays(dayShift);
            } catch (DateTimeParseException e) {
                problem(column, "\"" + value + "\" is not a date like 2026-03-31");
                return null;
            }
        }

        Integer integer(String column) {
            String value = text(column);
            try {
                return value == null ? null : Integer.valueOf(value);
            } catch (NumberFormatException e) {
                problem(column, "\"" + value + "\" is not a whole number");
                return null;
            }
        }

        BigDecimal decimal(String column) {
            String value = text(column);
            try {
                return value == null ? null : new BigDecimal(value);
            } catch (NumberFormatException e) {
                problem(column, "\"" + value + "\" is not a number like 2500.00");
                return null;
            }
        }

        Boolean bool(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> {
                    return true;
                }
                case "false", "no" -> {
                    return false;
                }
                default -> {
                    problem(column, "\"" + value + "\" must be true or false");
                    return null;
                }
            }
        }

        <E extends Enum<E>> E enumOf(String column, Class<E> type) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(
                        type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problem(column, "\"" + value + "\" must be one of " + Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }

        /** Resolves a name written in this cell against the names defined in another file. */
        <T> T ref(String column, Map<String, T> byName, String definedIn) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            T found = byName.get(value.toLowerCase(Locale.ROOT));
            if (found == null) {
                unresolved = true;
                problem(column, "\"" + value + "\" is not a name in " + definedIn + suggestion(value, byName));
            }
            return found;
        }

        /** "; did you mean "Jane Smith"?" for the closest name (a few edits away), else nothing. */
        static <T> String suggestion(String value, Map<String, T> byName) {
            LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
            String lower = value.toLowerCase(Locale.ROOT);
            String best = null;
            int bestDistance = Math.max(3, lower.length() / 3) + 1;
            for (String candidate : new java.util.TreeSet<>(byName.keySet())) {
                int d = distance.apply(lower, candidate);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = candidate;
                }
            }
            return best == null ? "" : "; did you mean \"" + displayName(byName.get(best)) + "\"?";
        }

        private static String displayName(Object item) {
            if (item instanceof org.custodian.model.Person p) {
                return p.name();
            }
            if (item instanceof org.custodian.model.Group g) {
                return g.name();
            }
            if (item instanceof org.custodian.model.Asset a) {
                return a.name();
            }
            if (item instanceof org.custodian.model.Organisation o) {
                return o.name();
            }
            return String.valueOf(item);
        }

        void problem(String column, String message) {
            problems.add(new Violation(
                    fileName + ":" + number() + ":" + column,
                    fileName + " row " + number() + ", column " + column + ": " + message));
        }

        /** Builds a model record; its own rule violations are reported against this row. */
        <T> T build(java.util.function.Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (ValidationException e) {
                for (Violation v : e.violations()) {
                    if (unresolved && REFERENCES.contains(v.field())) {
                        continue; // "custody must name a person": the unknown name is already reported
                    }
                    problem(v.field(), v.message());
                }
                return null;
            } catch (RuntimeException e) {
                problem("*", "the row is incomplete");
                return null;
            }
        }
    }

    static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new java.util.HashMap<>();
        for (T item : items) {
            map.put(name.apply(item).toLowerCase(Locale.ROOT), item);
        }
        return map;
    }

    String fileName() {
        return fileName;
    }
}
