package org.custodian.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One broken rule: the field it concerns and a message the user can act on. */
public record Violation(String field, String message) {
    /** How many messages are shown before the rest are only counted. */
    public static final int SHOWN = 50;

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
}
