package org.custodian.service;

import java.util.List;
import org.custodian.model.Violation;

/**
 * What importing a user's own spreadsheet would do (or did): which of its columns fill which field, the
 * columns left out (a report, not an error), then per record type the rows to add, change (old → new) and
 * leave as they are, and every problem. Nothing is written while there are problems.
 *
 * @param source the file, and for a workbook the sheet that was read
 * @param records "people", "organisations" or "assets"
 * @param columns "Their header → field" for every column imported
 * @param notImported the headers of the columns nothing took
 */
public record SpreadsheetImportPreview(
        String source,
        String records,
        List<String> columns,
        List<String> notImported,
        List<InventoryImportPreview.Section> sections,
        List<Violation> problems,
        boolean applied) {
    public SpreadsheetImportPreview {
        columns = List.copyOf(columns);
        notImported = List.copyOf(notImported);
        sections = List.copyOf(sections);
        problems = List.copyOf(problems);
    }

    public boolean hasChanges() {
        return sections.stream()
                .anyMatch(s -> !s.added().isEmpty() || !s.changed().isEmpty());
    }
}
