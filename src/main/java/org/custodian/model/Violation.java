package org.custodian.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One broken rule: the field it concerns and a message the user can act on. */
public record Violation(String field, String message) {
    /** How many messages are shown before the rest are only counted. */
    public static final int SHOWN = 50;

    /**
     * Names that stand for a whole input rather than one field in it: a workbook or CSV file that is
     * refused as a whole, the report file to write, the inventory path. There is no field to point at.
     */
    private static final Set<String> WHOLE_INPUT = Set.of("file", "out", "inventory");

    /**
     * The first {@link #SHOWN} messages and, if there are more, one line counting the rest: a workbook with
     * a hundred thousand bad rows must not print a hundred thousand lines, and the first few say what to fix.
     */
    public static List<String> messages(List<Violation> violations) {
        List<String> shown = new ArrayList<>(Math.min(violations.size(), SHOWN + 1));
        violations.stream().limit(SHOWN).forEach(v -> shown.add(v.message()));
        if (violations.size() > SHOWN) {
            shown.add(String.format(Locale.ROOT, "... and %,d more like these.", violations.size() - SHOWN));
        }
        return shown;
    }

    /** Whether this points at something the user can correct in place: a form field or a CSV row's column. */
    public boolean namesField() {
        return field != null && !WHOLE_INPUT.contains(field) && !field.endsWith(".csv");
    }
}
