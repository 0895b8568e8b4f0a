package org.custodian.service;

import java.util.List;
import org.custodian.model.Violation;

/**
 * What importing a CSV set into an inventory would do, one section per file in load order: rows to add,
 * rows that change (each changed field old → new), how many are unchanged, and the inventory's records
 * the file does not mention (kept: an import never deletes). Nothing is written while there are problems.
 */
public record InventoryImportPreview(List<Section> sections, List<Violation> problems) {
    public InventoryImportPreview {
        sections = List.copyOf(sections);
        problems = List.copyOf(problems);
    }

    public boolean canApply() {
        return problems.isEmpty();
    }

    public boolean hasChanges() {
        return sections.stream()
                .anyMatch(s -> !s.added().isEmpty() || !s.changed().isEmpty());
    }

    /** One file of the set, e.g. {@code people.csv}; records are named by their natural key. */
    public record Section(
            String file, List<String> added, List<Changed> changed, int unchanged, List<String> notInFile) {
        public Section {
            added = List.copyOf(added);
            changed = List.copyOf(changed);
            notInFile = List.copyOf(notInFile);
        }
    }

    public record Changed(String record, List<FieldChange> fields) {
        public Changed {
            fields = List.copyOf(fields);
        }
    }

    /** A field by its CSV-like name ({@code job_title}); an empty value is written as "". */
    public record FieldChange(String field, String from, String to) {}
}
