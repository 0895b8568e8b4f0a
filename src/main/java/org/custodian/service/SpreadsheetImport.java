package org.custodian.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custodian.importer.ColumnMapping;
import org.custodian.importer.InventoryContent;
import org.custodian.importer.RecordShape;
import org.custodian.importer.SpreadsheetContent;
import org.custodian.importer.Table;
import org.custodian.importer.TabularFile;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;
import org.custodian.storage.Database;

/**
 * Imports people, organisations or assets from a spreadsheet in the user's own shape (CSV or XLSX; see
 * {@link TabularFile} and {@link ColumnMapping}), with the same rules as the CSV set: a preview first, matched
 * by name, nothing deleted, and with {@code apply} everything in one audited transaction or nothing. The
 * comparison and the write are {@link ImportComparison}'s and {@link InventoryImport}'s.
 */
public final class SpreadsheetImport {
    /** The system a one-column user name belongs to when the user does not name one. */
    public static final String DEFAULT_USER_SYSTEM = "Directory";

    private static final Map<String, String> SECTIONS =
            Map.of("organisations.csv", "organisations", "people.csv", "people", "assets.csv", "assets");

    private final Database database;
    private final Repositories repositories;
    private final InventoryImport imports;

    SpreadsheetImport(Database database, Repositories repositories, InventoryImport imports) {
        this.database = database;
        this.repositories = repositories;
        this.imports = imports;
    }

    /**
     * @param maps the user's {@code "Their header=field"} choices
     * @param userSystem the system of a one-column user name; null for {@link #DEFAULT_USER_SYSTEM}
     */
    public record Options(List<String> maps, String userSystem, boolean apply) {
        public Options {
            maps = maps == null ? List.of() : List.copyOf(maps);
            userSystem = userSystem == null || userSystem.isBlank() ? DEFAULT_USER_SYSTEM : userSystem.strip();
        }
    }

    public SpreadsheetImportPreview people(Path source, Options options) {
        return previewOrApply(RecordShape.PEOPLE, source, options);
    }

    public SpreadsheetImportPreview organisations(Path source, Options options) {
        return previewOrApply(RecordShape.ORGANISATIONS, source, options);
    }

    public SpreadsheetImportPreview assets(Path source, Options options) {
        return previewOrApply(RecordShape.ASSETS, source, options);
    }

    /**
     * Reads the file once and compares it with the inventory; with {@code apply} and no problems, compares
     * again inside one write and writes the changes there. A file that cannot be read at all is refused with
     * a {@link ValidationException}; problems in its rows or in the mapping come back in the preview.
     */
    private SpreadsheetImportPreview previewOrApply(RecordShape shape, Path source, Options options) {
        Table table = TabularFile.read(source, shape.sheet());
        List<Violation> mappingProblems = new ArrayList<>();
        ColumnMapping mapping = ColumnMapping.of(table, shape, options.maps(), mappingProblems);
        Read read = new Read(shape, table, mapping, mappingProblems, options.userSystem());
        InventoryImportPreview preview = database.read(tx -> read.preview(Snapshots.read(tx, repositories)));
        boolean applied = false;
        if (options.apply() && preview.canApply() && preview.hasChanges()) {
            preview = database.write(tx -> {
                ImportComparison comparison = read.comparison(Snapshots.read(tx, repositories));
                imports.write(tx, comparison.steps());
                return comparison.preview();
            });
            applied = true;
        }
        return new SpreadsheetImportPreview(
                table.fileName(),
                shape.noun(),
                mapping.matched(),
                mapping.unused(),
                sections(shape, preview),
                preview.problems(),
                applied);
    }

    /** One parsed file and its mapping, compared with a snapshot: the preview's, then the write's own. */
    private record Read(
            RecordShape shape, Table table, ColumnMapping mapping, List<Violation> mappingProblems, String userSystem) {
        ImportComparison comparison(InventorySnapshot snapshot) {
            if (!mappingProblems.isEmpty()) {
                throw new ValidationException(mappingProblems);
            }
            InventoryContent content =
                    SpreadsheetContent.read(table, shape, mapping, snapshot, userSystem, new ArrayList<>());
            ImportComparison comparison = ImportComparison.of(snapshot, content);
            if (!comparison.preview().canApply()) {
                throw new ValidationException(comparison.preview().problems());
            }
            return comparison;
        }

        InventoryImportPreview preview(InventorySnapshot snapshot) {
            try {
                return comparison(snapshot).preview();
            } catch (ValidationException e) {
                return new InventoryImportPreview(List.of(), e.violations());
            }
        }
    }

    /**
     * Only the record types this import is about, named plainly. Organisations named only as someone's
     * company or an asset's vendor say nothing about the others, so those are not listed as "not in the file".
     */
    private static List<InventoryImportPreview.Section> sections(RecordShape shape, InventoryImportPreview preview) {
        List<InventoryImportPreview.Section> sections = new ArrayList<>();
        for (InventoryImportPreview.Section s : preview.sections()) {
            String name = SECTIONS.get(s.file());
            if (name == null) {
                continue;
            }
            boolean organisations = name.equals("organisations");
            if (!organisations && !name.equals(shape.noun())) {
                continue;
            }
            boolean implied = organisations && shape != RecordShape.ORGANISATIONS;
            if (implied && s.added().isEmpty() && s.changed().isEmpty() && s.unchanged() == 0) {
                continue; // the file names no company or vendor
            }
            sections.add(new InventoryImportPreview.Section(
                    name, s.added(), s.changed(), s.unchanged(), implied ? List.of() : s.notInFile()));
        }
        return sections;
    }
}
