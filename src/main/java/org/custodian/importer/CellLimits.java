package org.custodian.importer;

import java.util.Map;

/**
 * How many characters each column of the CSV set may hold: what the inventory's columns store (see the
 * schema migrations), so a file that passes the preview also applies. Names, enums, dates and numbers are
 * far shorter than the default.
 */
final class CellLimits {
    static final int DEFAULT = 200;
    static final int USER_NAME = 200;

    private static final Map<String, Integer> FREE_TEXT = Map.ofEntries(
            Map.entry("contact", 500),
            Map.entry("notes", 4000),
            Map.entry("work_email", 320),
            Map.entry("personal_contact", 500),
            Map.entry("user_names", 8000),
            Map.entry("description", 2000),
            Map.entry("rotation_procedure", 4000),
            Map.entry("value_location", 500),
            Map.entry("recovery_email", 320),
            Map.entry("recovery_phone", 50),
            Map.entry("key_number", 100),
            Map.entry("opens", 500),
            Map.entry("alarm_panel", 500),
            Map.entry("note", 2000));

    private CellLimits() {}

    /** The longest value the column takes (column names mean the same in every file of the set). */
    static int maxChars(String column) {
        return FREE_TEXT.getOrDefault(column, DEFAULT);
    }
}
