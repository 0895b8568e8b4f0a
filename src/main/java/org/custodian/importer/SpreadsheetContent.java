package org.custodian.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.custodian.model.Asset;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.Organisation;
import org.custodian.model.OrganisationId;
import org.custodian.model.OrganisationKind;
import org.custodian.model.Person;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;

/**
 * The records a user's own spreadsheet describes, ready for the same comparison and write as the CSV set
 * ({@link InventoryContent}). Each row is read on top of the inventory's record of the same name: a column
 * the file lacks, or an empty cell, keeps what the inventory holds, so importing an HR list never blanks a
 * field someone entered by hand. An organisation named in a row (a person's company, an asset's vendor) is
 * linked when the inventory has it and added when it does not.
 */
public final class SpreadsheetContent {
    final InventorySnapshot inventory;
    final String fileName;
    final ColumnMapping mapping;
    final List<Violation> problems;
    private final Map<String, Organisation> organisations = new LinkedHashMap<>();
    private final Map<String, Organisation> existingOrganisations;
    /** The inventory's people and assets by lower-case name, looked up once per row. */
    final Map<String, Person> existingPeople;

    final Map<String, Asset> existingAssets;
    private final Map<String, Long> rowOfName = new HashMap<>();
    final List<Person> people = new ArrayList<>();
    final List<Asset> assets = new ArrayList<>();

    private SpreadsheetContent(
            InventorySnapshot inventory, String fileName, ColumnMapping mapping, List<Violation> problems) {
        this.inventory = inventory;
        this.fileName = fileName;
        this.mapping = mapping;
        this.problems = problems;
        this.existingOrganisations = byName(inventory.organisations(), Organisation::name);
        this.existingPeople = byName(inventory.people(), Person::name);
        this.existingAssets = byName(inventory.assets(), Asset::name);
    }

    /**
     * Reads every row; all problems come back together in one {@link ValidationException}.
     *
     * @param userSystem the system a one-column log-in name belongs to ("Directory" unless the user says)
     */
    public static InventoryContent read(
            Table table,
            RecordShape shape,
            ColumnMapping mapping,
            InventorySnapshot inventory,
            String userSystem,
            List<Violation> problems) {
        SpreadsheetContent content = new SpreadsheetContent(inventory, table.fileName(), mapping, problems);
        if (content.requiredColumns(shape)) {
            for (Table.Row row : table.rows()) {
                MappedRow r = new MappedRow(table.fileName(), row, mapping, problems);
                switch (shape) {
                    case ORGANISATIONS -> ShapedOrganisations.read(r, content);
                    case PEOPLE -> ShapedPeople.read(r, content, userSystem);
                    case ASSETS -> ShapedAssets.read(r, content);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new InventoryContent(
                null,
                List.copyOf(content.organisations.values()),
                content.people,
                List.of(),
                List.of(),
                content.assets,
                List.of(),
                List.of(),
                List.of());
    }

    /** Without a column for the name (or, for assets, the kind) no row can be read: one problem, not one a row. */
    private boolean requiredColumns(RecordShape shape) {
        boolean named = mapping.has("name") || mapping.has("first_name") && mapping.has("last_name");
        if (!named) {
            missing(shape == RecordShape.PEOPLE ? "name (or first_name and last_name)" : "name");
        }
        if (shape == RecordShape.ASSETS && !mapping.has("kind") && !mapping.has("subtype")) {
            missing("kind or subtype");
        }
        return problems.isEmpty();
    }

    private void missing(String what) {
        problems.add(new Violation(
                fileName,
                fileName + ": no column gives the " + what + ". Its columns are: "
                        + String.join(", ", mapping.headers()) + ". Say which one with --map \"Their header="
                        + what.split(" ")[0] + "\"."));
    }

    /** The same name on two rows is one record twice; the second is reported and skipped. */
    boolean firstTime(MappedRow row, String name, String field) {
        Long earlier = rowOfName.putIfAbsent(name.toLowerCase(Locale.ROOT), row.number());
        if (earlier != null) {
            row.problem(field, "\"" + name + "\" is also on row " + earlier + "; keep one row for it.");
            return false;
        }
        return true;
    }

    /** The organisation of that name: this file's, the inventory's, or a new one of {@code kindIfNew}. */
    Organisation organisation(String name, OrganisationKind kindIfNew) {
        String key = name.toLowerCase(Locale.ROOT);
        Organisation found = organisations.get(key);
        if (found == null) {
            found = existingOrganisations.get(key);
            if (found == null) {
                found = new Organisation(OrganisationId.random(), name, kindIfNew, null, null);
            }
            organisations.put(key, found);
        }
        return found;
    }

    void addOrganisation(Organisation organisation) {
        organisations.put(organisation.name().toLowerCase(Locale.ROOT), organisation);
    }

    Organisation existingOrganisation(String name) {
        return existingOrganisations.get(name.toLowerCase(Locale.ROOT));
    }

    static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new HashMap<>();
        items.forEach(item -> map.putIfAbsent(name.apply(item).toLowerCase(Locale.ROOT), item));
        return map;
    }

    /** The file's value when it has one, else the inventory's, else the default for a new record. */
    static <T> T or(T fromFile, T fromInventory, T fallback) {
        return fromFile != null ? fromFile : fromInventory != null ? fromInventory : fallback;
    }
}
