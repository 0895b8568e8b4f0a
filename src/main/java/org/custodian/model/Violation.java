package org.custodian.model;

import java.util.Set;

/** One broken rule: the field it concerns and a message the user can act on. */
public record Violation(String field, String message) {
    /**
     * Names that stand for a whole input rather than one field in it: a workbook or CSV file that is
     * refused as a whole, the report file to write, the inventory path. There is no field to point at.
     */
    private static final Set<String> WHOLE_INPUT = Set.of("file", "out", "inventory");

    /** Whether this points at something the user can correct in place: a form field or a CSV row's column. */
    public boolean namesField() {
        return field != null && !WHOLE_INPUT.contains(field) && !field.endsWith(".csv");
    }
}
