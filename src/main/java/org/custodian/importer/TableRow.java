package org.custodian.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.custodian.model.ControlCharacters;
import org.custodian.model.Labelled;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;

/**
 * One data row of the inventory's record types, from a CSV file or a sheet of the exported workbook. Cells
 * are asked for by the documented CSV column names ({@code job_title}); problems name the place the user
 * sees ({@code people.csv row 5, column job_title} or {@code sheet People row 5, column Job title}).
 */
final class TableRow {
    /** The model's fields that hold a reference; once a name in this row failed, their rule is a repeat. */
    private static final Set<String> REFERENCES = Set.of("asset", "holder", "member", "group", "from", "to");

    /**
     * Where a row comes from: the file or sheet as the user knows it ({@code people.csv}, {@code sheet People}),
     * the CSV columns it has, how they are shown there, whether it is a sheet of the inventory workbook (enums
     * written as labels, the other record types as sheets), and the problems it adds to.
     */
    record Place(
            String name,
            java.util.Collection<String> columns,
            Function<String, String> shownColumn,
            boolean workbook,
            java.util.List<Violation> problems) {
        static Place csv(String file, java.util.List<String> columns, java.util.List<Violation> problems) {
            return new Place(file, columns, column -> column, false, problems);
        }
    }

    private final Place place;
    private final long number;
    private final Function<String, String> cells;
    private final long dayShift;
    private boolean unresolved;
    private Set<String> failedNames = Set.of();
    /** One problem per cell: a model rule about a field already reported here would only repeat it. */
    private final Set<String> reported = new java.util.HashSet<>();

    /** {@code number} counts rows as a spreadsheet shows them; {@code cells} gives a column's raw text or null. */
    TableRow(Place place, long number, Function<String, String> cells, long dayShift) {
        this.place = place;
        this.number = number;
        this.cells = cells;
        this.dayShift = dayShift;
    }

    long number() {
        return number;
    }

    /** Control characters are dropped on the way in (see ControlCharacters); a too-long value is reported. */
    String text(String column) {
        String raw = cells.apply(column);
        String value = raw == null ? "" : ControlCharacters.strip(raw).strip();
        int max = CellLimits.maxChars(column);
        if (value.length() > max) {
            problem(column, String.format(Locale.ROOT, "is %,d characters long; at most %,d fit", value.length(), max));
            value = value.substring(0, max);
        }
        return value.isEmpty() ? null : value;
    }

    /** Whether this file or sheet has the column at all (the workbook has a few the CSV set has not). */
    boolean hasColumn(String column) {
        return place.columns().contains(column);
    }

    boolean has(String column) {
        return text(column) != null;
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

    /** The CSV set writes enum names (DOMAIN_ADMIN), the workbook their labels (Domain admin); both are read. */
    <E extends Enum<E>> E enumOf(String column, Class<E> type) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant instanceof Labelled labelled && labelled.label().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        try {
            return Enum.valueOf(
                    type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            problem(column, "\"" + value + "\" must be one of " + shown(Arrays.asList(type.getEnumConstants())));
            return null;
        }
    }

    /** Enum values as this source writes them: names in a CSV file, labels in a workbook. */
    String shown(java.util.Collection<? extends Enum<?>> values) {
        return values.stream().map(this::shown).collect(Collectors.joining(", ", "[", "]"));
    }

    String shown(Enum<?> value) {
        return place.workbook() && value instanceof Labelled labelled ? labelled.label() : value.name();
    }

    /**
     * Names (lower case) of rows that could not be read: a reference to one is not reported again, since
     * the row with that name already is.
     */
    void skipReferencesTo(Set<String> names) {
        failedNames = names;
    }

    /** Resolves a name written in this cell against the names defined in another file. */
    <T> T ref(String column, Map<String, T> byName, String definedIn) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        T found = byName.get(value.toLowerCase(Locale.ROOT));
        if (found == null && failedNames.contains(value.toLowerCase(Locale.ROOT))) {
            unresolved = true;
        } else if (found == null) {
            unresolved = true;
            problem(
                    column,
                    "\"" + value + "\" is not a name in "
                            + (place.workbook() ? InventoryWorkbookReader.where(definedIn) : definedIn)
                            + suggestion(value, byName));
        }
        return found;
    }

    /** "; did you mean "Jane Smith"?" for the closest name (a few edits away), else nothing. */
    static <T> String suggestion(String value, Map<String, T> byName) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String lower = value.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Math.max(3, lower.length() / 3) + 1;
        for (String candidate : new TreeSet<>(byName.keySet())) {
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

    /** Reports a problem with a cell; only the first problem of each cell is kept, the rest would follow from it. */
    void problem(String column, String message) {
        if (!reported.add(column)) {
            return;
        }
        place.problems()
                .add(new Violation(
                        place.name() + ":" + number + ":" + column,
                        place.name() + " row " + number + ", column "
                                + place.shownColumn().apply(column) + ": " + message));
    }

    /** Builds a model record; its own rule violations are reported against this row. */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                if (unresolved && REFERENCES.contains(v.field()) || reported.contains(v.field())) {
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

    static <T> Map<String, T> byName(java.util.List<T> items, Function<T, String> name) {
        Map<String, T> map = new java.util.HashMap<>();
        for (T item : items) {
            map.put(name.apply(item).toLowerCase(Locale.ROOT), item);
        }
        return map;
    }
}
