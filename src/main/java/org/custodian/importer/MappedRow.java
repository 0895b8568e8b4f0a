package org.custodian.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.custodian.model.ControlCharacters;
import org.custodian.model.Labelled;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;

/**
 * One row of a user's own file, read field by field through the {@link ColumnMapping}. A field without a
 * column, or with an empty cell, reads as null: the caller keeps what the inventory already holds. Every bad
 * cell is reported by file, row and the user's own column header, and reading goes on.
 */
final class MappedRow {
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([ T].*)?");
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu");

    private final String fileName;
    private final Table.Row row;
    private final ColumnMapping mapping;
    private final List<Violation> problems;

    MappedRow(String fileName, Table.Row row, ColumnMapping mapping, List<Violation> problems) {
        this.fileName = fileName;
        this.row = row;
        this.mapping = mapping;
        this.problems = problems;
    }

    boolean hasColumn(String field) {
        return mapping.has(field);
    }

    long number() {
        return row.number();
    }

    /** Control characters are dropped on the way in, as from every other file the importers read. */
    String text(String field) {
        String raw = row.cell(mapping.column(field));
        String value = raw == null ? "" : ControlCharacters.strip(raw).strip();
        if (value.length() > TabularFile.MAX_CELL_CHARS) {
            problem(field, "the cell is longer than 32,767 characters (Excel's limit); shorten it.");
            return null;
        }
        return value.isEmpty() ? null : value;
    }

    /** ISO dates (a time after them, as directory exports add, is ignored) and day.month.year. */
    LocalDate date(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            if (ISO_DATE_TIME.matcher(value).matches()) {
                return LocalDate.parse(value.substring(0, 10));
            }
            return LocalDate.parse(value, DOTTED);
        } catch (DateTimeParseException e) {
            problem(
                    field,
                    "\"" + value + "\" is not a date Custodian can read; write it as 2026-03-31 (a date with "
                            + "slashes can be read two ways).");
            return null;
        }
    }

    Integer integer(String field) {
        String value = text(field);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problem(field, "\"" + value + "\" is not a whole number.");
            return null;
        }
    }

    BigDecimal decimal(String field) {
        String value = text(field);
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            problem(field, "\"" + value + "\" is not a number like 2500.00 (a dot, no currency sign).");
            return null;
        }
    }

    Boolean bool(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> {
                problem(field, "\"" + value + "\" must be true or false.");
                yield null;
            }
        };
    }

    /** "External provider", "external_provider" and "EXTERNAL-PROVIDER" all read as EXTERNAL_PROVIDER. */
    <E extends Enum<E> & Labelled> E choice(String field, Class<E> type) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        E found = match(value, type);
        if (found == null) {
            problem(field, "\"" + value + "\" must be one of " + Arrays.toString(type.getEnumConstants()) + ".");
        }
        return found;
    }

    static <E extends Enum<E> & Labelled> E match(String value, Class<E> type) {
        String wanted = ColumnMapping.normal(value);
        for (E constant : type.getEnumConstants()) {
            if (ColumnMapping.normal(constant.name()).equals(wanted)
                    || ColumnMapping.normal(constant.label()).equals(wanted)) {
                return constant;
            }
        }
        return null;
    }

    /** A name that must already be in the inventory (or in this file); unknown names get the closest one. */
    <T> T ref(String field, Map<String, T> byLowerCaseName, String what) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        T found = byLowerCaseName.get(value.toLowerCase(Locale.ROOT));
        if (found == null) {
            problem(
                    field,
                    "\"" + value + "\" is not " + what + " in the inventory"
                            + ColumnMapping.closest(value, byLowerCaseName)
                            + " Import or add them first, or correct the name.");
        }
        return found;
    }

    void problem(String field, String message) {
        String column = mapping.header(field);
        problems.add(new Violation(
                fileName + ":" + number() + ":" + column,
                fileName + " row " + number() + ", column \"" + column + "\": " + message));
    }

    /** Builds a model record; its own rule violations are reported against this row, by the user's column. */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                problem(column(v.field()), v.message() + ".");
            }
            return null;
        }
    }

    /** The model's field (jobTitle) as the field name of the file (job_title). */
    private static String column(String modelField) {
        return modelField.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
