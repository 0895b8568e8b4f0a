package org.custodian.service;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.custodian.importer.CsvSource;
import org.custodian.importer.InventoryContent;
import org.custodian.importer.InventoryCsv;
import org.custodian.importer.InventoryWorkbookReader;
import org.custodian.model.Asset;
import org.custodian.model.Custody;
import org.custodian.model.Grant;
import org.custodian.model.Group;
import org.custodian.model.Membership;
import org.custodian.model.Organisation;
import org.custodian.model.Person;
import org.custodian.model.Rotation;
import org.custodian.model.ValidationException;
import org.custodian.storage.Database;
import org.custodian.storage.Tx;

/**
 * Imports the documented CSV set (a folder or a .zip; see sample-data/README.md), or the workbook
 * {@code export inventory} writes, into an existing inventory: preview first, then everything in one transaction or nothing. Dates are taken as written.
 * Records are matched by natural key ({@link ImportComparison}); an import adds and changes, never deletes.
 */
public final class InventoryImport {
    private final Database database;
    private final Repositories repositories;

    InventoryImport(Database database, Repositories repositories) {
        this.database = database;
        this.repositories = repositories;
    }

    /**
     * Reads {@code source} once, compares it with the inventory and, with {@code apply} and no problems,
     * writes the changes in one audited transaction (compared again inside it if a change was saved since the
     * preview). A file with errors in its
     * rows is refused whole ({@link ValidationException} naming file, row and column).
     */
    public InventoryImportPreview previewOrApply(Path source, boolean apply) {
        boolean workbook = InventoryWorkbookReader.isWorkbook(source);
        InventoryContent content =
                workbook ? InventoryWorkbookReader.read(source) : InventoryCsv.readAsWritten(CsvSource.of(source));
        UnaryOperator<String> where = workbook ? InventoryWorkbookReader::where : file -> file;
        String headBefore = database.auditHeadHash();
        ImportComparison previewed =
                database.read(tx -> ImportComparison.of(Snapshots.read(tx, repositories), content, where));
        InventoryImportPreview preview = previewed.preview();
        if (!apply || !preview.canApply() || !preview.hasChanges()) {
            return preview;
        }
        return database.write(tx -> {
            // Compared again only if a change was saved since the preview read (the chain head moved): comparing
            // a million rows twice would double the import's time for nothing.
            ImportComparison comparison = database.auditHeadHash().equals(headBefore)
                    ? previewed
                    : ImportComparison.of(Snapshots.read(tx, repositories), content, where);
            if (!comparison.preview().canApply()) {
                throw new ValidationException(comparison.preview().problems());
            }
            new ImportBatches(repositories).write(tx, comparison.steps(), this::write);
            return comparison.preview();
        });
    }

    /** Also used by {@link VaultImport}, which writes the same steps. */
    void write(Tx tx, ImportComparison.Step step) {
        boolean add = step.action() == ImportComparison.Action.ADD;
        Record record = step.record();
        if (record instanceof Organisation o) {
            if (add) {
                repositories.organisations().add(tx, o);
            } else {
                repositories.organisations().update(tx, o);
            }
        } else {
            writeOther(tx, record, add);
        }
    }

    private void writeOther(Tx tx, Record record, boolean add) {
        if (record instanceof Person p) {
            if (add) {
                repositories.people().add(tx, p);
            } else {
                repositories.people().update(tx, p);
            }
        } else if (record instanceof Group g) {
            if (add) {
                repositories.groups().add(tx, g);
            } else {
                repositories.groups().update(tx, g);
            }
        } else if (record instanceof Asset a) {
            if (add) {
                repositories.assets().add(tx, a);
            } else {
                repositories.assets().update(tx, a);
            }
        } else if (record instanceof Membership m) {
            if (add) {
                repositories.groups().addMembership(tx, m);
            } else {
                repositories.groups().endMembership(tx, m);
            }
        } else if (record instanceof Custody c) {
            if (add) {
                repositories.custody().add(tx, c);
            } else {
                repositories.custody().end(tx, c);
            }
        } else if (record instanceof Grant g) {
            if (add) {
                repositories.grants().add(tx, g);
            } else {
                repositories.grants().end(tx, g);
            }
        } else if (record instanceof Rotation r && add) {
            repositories.rotations().add(tx, r);
        } else {
            throw new IllegalStateException("An import cannot write " + record);
        }
    }

    /** The write path the spreadsheet imports share: the comparison's steps, in load order, in the caller's write. */
    void write(Tx tx, java.util.List<ImportComparison.Step> steps) {
        steps.forEach(step -> write(tx, step));
    }
}
