package org.custodian.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.custodian.model.Violation;

/**
 * Which column of the user's file fills which field. The user's {@code --map "Their header=field"} comes
 * first (an empty field, {@code "Manager="}, leaves that column out); every other field takes the first
 * column whose header is its name or one of its synonyms ({@link RecordShape}). Columns nothing took are
 * listed so the preview can say they were not imported: that is a report, not an error.
 */
public final class ColumnMapping {
    private final List<String> header;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final List<String> unused = new ArrayList<>();

    private ColumnMapping(List<String> header) {
        this.header = header;
    }

    /** Problems in {@code maps} (a header the file lacks, a field that does not exist) go to {@code problems}. */
    public static ColumnMapping of(Table table, RecordShape shape, List<String> maps, List<Violation> problems) {
        ColumnMapping mapping = new ColumnMapping(table.header());
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < table.header().size(); i++) {
            left.add(i);
        }
        for (String map : maps) {
            mapping.applyMap(map, shape, left, problems);
        }
        for (RecordShape.Field field : shape.fields()) {
            if (!mapping.columns.containsKey(field.name())) {
                left.stream()
                        .filter(i -> field.matches(table.header().get(i)))
                        .findFirst()
                        .ifPresent(i -> {
                            mapping.columns.put(field.name(), i);
                            left.remove(i);
                        });
            }
        }
        left.stream().map(i -> table.header().get(i)).filter(h -> !h.isBlank()).forEach(mapping.unused::add);
        return mapping;
    }

    private void applyMap(String map, RecordShape shape, List<Integer> left, List<Violation> problems) {
        int eq = map.lastIndexOf('=');
        if (eq <= 0) {
            problems.add(new Violation(
                    "--map",
                    "--map \"" + map + "\" must look like \"Their header=field\", e.g. \"Surname=last_name\"."));
            return;
        }
        String theirs = map.substring(0, eq).strip();
        String fieldName = map.substring(eq + 1).strip();
        Integer column = left.stream()
                .filter(i -> normal(header.get(i)).equals(normal(theirs)))
                .findFirst()
                .orElse(null);
        if (column == null) {
            Map<String, String> headers = byLowerCase(header);
            problems.add(new Violation(
                    "--map",
                    "--map \"" + map + "\": the file has no column \"" + theirs + "\""
                            + closest(theirs, headers) + " Its columns are: "
                            + String.join(", ", header) + "."));
            return;
        }
        if (fieldName.isEmpty()) {
            left.remove(column); // "Manager=": the user chose to leave this column out
            return;
        }
        RecordShape.Field field = shape.fields().stream()
                .filter(f -> f.matches(fieldName))
                .findFirst()
                .orElse(null);
        if (field == null) {
            List<String> names =
                    shape.fields().stream().map(RecordShape.Field::name).toList();
            problems.add(new Violation(
                    "--map",
                    "--map \"" + map + "\": " + shape.noun() + " have no field \"" + fieldName + "\""
                            + closest(fieldName, byLowerCase(names)) + " The fields are: "
                            + String.join(", ", names) + "."));
            return;
        }
        columns.put(field.name(), column);
        left.remove(column);
    }

    /** "; did you mean "Title"?" ending the sentence, or a full stop. */
    static String closest(String value, Map<String, ?> byLowerCase) {
        String suggestion = TableRow.suggestion(value, byLowerCase);
        return suggestion.isEmpty() ? "." : suggestion;
    }

    private static Map<String, String> byLowerCase(List<String> names) {
        Map<String, String> map = new HashMap<>();
        names.forEach(n -> map.putIfAbsent(n.toLowerCase(Locale.ROOT), n));
        return map;
    }

    /** Headers compare without case, spaces, underscores and punctuation: "E-mail" is "email". */
    static String normal(String header) {
        return header.toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    boolean has(String field) {
        return columns.containsKey(field);
    }

    /** The column that fills the field, or -1. */
    int column(String field) {
        return columns.getOrDefault(field, -1);
    }

    /** The user's header for the field, as messages name the column. */
    String header(String field) {
        return has(field) ? header.get(column(field)) : field;
    }

    List<String> headers() {
        return header;
    }

    /** "Surname → last_name" for every column that is imported, in the file's order. */
    public List<String> matched() {
        return columns.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(e -> header.get(e.getValue()) + " → " + e.getKey())
                .collect(Collectors.toList());
    }

    /** The headers of the columns left out, in the file's order. */
    public List<String> unused() {
        return List.copyOf(unused);
    }
}
