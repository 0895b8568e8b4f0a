package org.custodian.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custodian.importer.vault.VaultContent;
import org.custodian.importer.vault.VaultFile;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;
import org.custodian.storage.AssetReferenceRepository;
import org.custodian.storage.Database;
import org.custodian.storage.Tx;

/**
 * Imports a password vault's entries as assets (metadata only; see {@link VaultPlan}), as the CSV set is
 * imported: the file is read once, compared with the inventory ({@link ImportComparison}, entries matched by
 * their reference), previewed, and with apply written in one audited transaction, compared again inside it.
 */
public final class VaultImport {
    /** The preview's sections, named for vaults instead of after the CSV set's files. */
    private static final Map<String, String> SECTIONS =
            Map.of("assets.csv", "entries", "grants.csv", "unlocks", "rotations.csv", "rotations");

    private final Database database;
    private final Repositories repositories;
    private final InventoryImport writer;
    private final AssetReferenceRepository references = new AssetReferenceRepository();
    private final Clock clock;

    VaultImport(Database database, Repositories repositories, Clock clock) {
        this.database = database;
        this.repositories = repositories;
        this.writer = new InventoryImport(database, repositories);
        this.clock = clock;
    }

    /**
     * Reads the vault (a wrong passphrase or damaged file throws before the inventory is touched), compares
     * and, with {@code apply} and no problems, writes every change in one transaction.
     */
    public VaultImportPreview previewOrApply(VaultFile file, boolean apply) {
        VaultContent vault = file.read();
        VaultImportPreview preview =
                database.read(tx -> compare(tx, vault, file.includeNotes()).preview());
        if (!apply || !preview.canApply() || !preview.hasChanges()) {
            return preview;
        }
        return database.write(tx -> {
            Comparison comparison = compare(tx, vault, file.includeNotes());
            if (!comparison.preview().canApply()) {
                throw new ValidationException(comparison.preview().changes().problems());
            }
            comparison.compared().steps().forEach(step -> writer.write(tx, step));
            comparison.plan().newReferences().forEach(r -> references.add(tx, r));
            return comparison.preview();
        });
    }

    private record Comparison(VaultPlan plan, ImportComparison compared, VaultImportPreview preview) {}

    private Comparison compare(Tx tx, VaultContent vault, boolean notes) {
        InventorySnapshot snapshot = Snapshots.read(tx, repositories);
        VaultPlan plan = VaultPlan.of(snapshot, references.findAll(tx), vault, LocalDate.now(clock));
        ImportComparison comparison = ImportComparison.of(snapshot, plan.content());
        return new Comparison(plan, comparison, preview(vault, plan, comparison.preview(), notes));
    }

    private static VaultImportPreview preview(
            VaultContent vault, VaultPlan plan, InventoryImportPreview compared, boolean notes) {
        List<InventoryImportPreview.Section> sections = compared.sections().stream()
                .filter(s -> SECTIONS.containsKey(s.file()))
                .map(s -> new InventoryImportPreview.Section(
                        SECTIONS.get(s.file()),
                        s.added(),
                        s.changed(),
                        s.unchanged(),
                        s.file().equals("assets.csv") ? plan.disappeared() : List.of()))
                .toList();
        List<Violation> problems = new ArrayList<>(plan.problems());
        problems.addAll(compared.problems());
        return new VaultImportPreview(
                vault.format().location(vault.fileName(), ""),
                new InventoryImportPreview(sections, problems),
                plan.disappeared(),
                vault.entries().size(),
                vault.fieldsDropped(),
                vault.skipped(),
                notes);
    }
}
