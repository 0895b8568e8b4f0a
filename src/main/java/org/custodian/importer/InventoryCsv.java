package org.custodian.importer;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.custodian.export.CsvSetColumns;
import org.custodian.model.*;

/**
 * Reads the documented CSV set (see sample-data/README.md), or the same record types from the sheets of an
 * exported inventory workbook, into an {@link InventoryContent}. Everything is validated before anything is
 * written; all problems come back together (up to {@value #MAX_PROBLEMS}, then reading stops).
 */
public final class InventoryCsv {
    static final List<String> ORGANISATIONS = CsvSetColumns.ORGANISATIONS;
    static final List<String> PEOPLE = CsvSetColumns.PEOPLE;
    static final List<String> GROUPS = List.of("name", "description");
    static final List<String> MEMBERSHIPS = List.of("group", "member_person", "member_group", "from", "until");
    static final List<String> ASSETS = CsvSetColumns.ASSETS;
    static final List<String> CUSTODY =
            List.of("asset", "holder_person", "holder_group", "role", "from", "until", "end_reason", "copies", "note");
    static final List<String> GRANTS = List.of("from_asset", "to_asset", "kind", "from", "until", "note");
    static final List<String> ROTATIONS = List.of("asset", "kind", "on", "by", "note");

    /** Enough to show what is wrong with a file; past this, more messages would only bury the first. */
    static final int MAX_PROBLEMS = 1000;

    /** Where each record type's rows come from: the CSV files of the set, or the sheets of a workbook. */
    interface RecordTables {
        /** Streams the rows of the record type whose CSV file is {@code file}, with its documented columns. */
        void rows(String file, List<String> columns, Consumer<TableRow> each);
    }

    /**
     * Thrown out of the row loop to stop reading: once {@link #MAX_PROBLEMS} are collected, or after a file
     * that could not be read at all, whose names every later file would otherwise fail to find.
     */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean tooMany;

        StopReading(boolean tooMany) {
            super(null, null, false, false);
            this.tooMany = tooMany;
        }
    }

    private final List<Violation> problems;
    /** Names of organisations, people, groups and assets whose rows could not be read, in lower case. */
    private final Set<String> failedNames = new HashSet<>();

    private RecordTables tables;
    private String inventoryName;
    private long dayShift;

    private InventoryCsv(List<Violation> problems) {
        this.problems = problems;
    }

    /**
     * Reads the set. Dates are moved by (today - as_of) so demo data keeps its meaning on any day:
     * a renewal "in three weeks" stays three weeks away.
     */
    public static InventoryContent read(CsvSource source, LocalDate today) {
        return csv(source, today);
    }

    /** Reads the set with its dates as written (no shift): an import into an existing inventory. */
    public static InventoryContent readAsWritten(CsvSource source) {
        return csv(source, null);
    }

    private static InventoryContent csv(CsvSource source, LocalDate today) {
        InventoryCsv reader = new InventoryCsv(new ArrayList<>());
        reader.tables =
                (file, columns, each) -> CsvTable.read(source, file, columns, reader.problems, reader.dayShift, each);
        reader.readInventoryRow(source, today);
        return reader.readRecords();
    }

    /** The record types from other tables (a workbook), which add their own problems to {@code problems}. */
    static InventoryContent read(RecordTables tables, List<Violation> problems) {
        InventoryCsv reader = new InventoryCsv(problems);
        reader.tables = tables;
        return reader.readRecords();
    }

    private InventoryContent readRecords() {
        try {
            return readAll();
        } catch (StopReading e) {
            if (e.tooMany) {
                problems.add(new Violation(
                        "source",
                        "More than " + MAX_PROBLEMS + " problems; reading stopped here. Correct these and import"
                                + " again."));
            }
            throw new ValidationException(problems);
        }
    }

    private InventoryContent readAll() {
        List<Organisation> organisations = rows(
                "organisations.csv",
                ORGANISATIONS,
                r -> r.build(() -> new Organisation(
                        OrganisationId.random(),
                        r.required("name"),
                        r.enumOf("kind", OrganisationKind.class),
                        r.text("contact"),
                        r.text("notes"))),
                Organisation::name);
        Map<String, Organisation> orgs = TableRow.byName(organisations, Organisation::name);
        List<Person> people = rows("people.csv", PEOPLE, r -> PeopleRows.person(r, orgs), Person::name);
        Map<String, Person> persons = TableRow.byName(people, Person::name);
        List<Group> groups = rows(
                "groups.csv",
                GROUPS,
                r -> r.build(() -> new Group(GroupId.random(), r.required("name"), r.text("description"))),
                Group::name);
        Map<String, Group> groupsByName = TableRow.byName(groups, Group::name);
        List<Membership> memberships =
                rows("memberships.csv", MEMBERSHIPS, r -> PeopleRows.membership(r, groupsByName, persons), null);
        List<Asset> assets = rows("assets.csv", ASSETS, r -> AssetRows.asset(r, orgs, persons), Asset::name);
        Map<String, Asset> assetsByName = TableRow.byName(assets, Asset::name);
        List<Custody> custody =
                rows("custody.csv", CUSTODY, r -> AssetRows.custody(r, assetsByName, persons, groupsByName), null);
        List<Grant> grants = rows("grants.csv", GRANTS, r -> AssetRows.grant(r, assetsByName), null);
        List<Rotation> rotations =
                rows("rotations.csv", ROTATIONS, r -> AssetRows.rotation(r, assetsByName, persons), null);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new InventoryContent(
                inventoryName, organisations, people, groups, memberships, assets, custody, grants, rotations);
    }

    private void readInventoryRow(CsvSource source, LocalDate today) {
        try (Reader reader = source.open("inventory.csv")) {
            if (reader == null) {
                problems.add(new Violation("inventory.csv", "inventory.csv: the file is missing"));
                return;
            }
            List<CSVRecord> records = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
            if (records.size() != 1
                    || !records.get(0).isMapped("name")
                    || !records.get(0).isMapped("as_of")) {
                problems.add(
                        new Violation("inventory.csv", "inventory.csv must have the columns name,as_of and one row"));
                return;
            }
            inventoryName = records.get(0).get("name");
            String asOf = records.get(0).get("as_of").strip();
            dayShift = asOf.isEmpty() || today == null ? 0 : ChronoUnit.DAYS.between(LocalDate.parse(asOf), today);
        } catch (IOException | RuntimeException e) {
            problems.add(new Violation("inventory.csv", "inventory.csv row 2: name or as_of cannot be read"));
        }
    }

    /** A problem with a file or sheet as a whole (unreadable, missing, a wrong header) rather than one cell. */
    private static boolean isAboutTheWholeFile(Violation problem) {
        return !problem.field().contains(":");
    }

    /**
     * Maps each row to a record; with {@code name}, a name used by an earlier row of the same table is reported
     * against this row (names are compared case-insensitively, as the import matches them).
     */
    private <T> List<T> rows(
            String file, List<String> columns, Function<TableRow, T> mapper, Function<T, String> name) {
        List<T> result = new ArrayList<>();
        Map<String, Long> firstRow = new HashMap<>();
        int before = problems.size();
        tables.rows(file, columns, row -> {
            if (problems.size() >= MAX_PROBLEMS) {
                throw new StopReading(true);
            }
            row.skipReferencesTo(failedNames);
            T item = mapper.apply(row);
            if (item == null) {
                String failed = name == null ? null : row.text("name");
                if (failed != null) {
                    failedNames.add(failed.toLowerCase(Locale.ROOT));
                }
                return;
            }
            if (name != null) {
                Long earlier = firstRow.putIfAbsent(name.apply(item).toLowerCase(Locale.ROOT), row.number());
                if (earlier != null) {
                    row.problem(
                            "name",
                            "\"" + name.apply(item) + "\" is already the name in row " + earlier
                                    + "; names must be unique. Rename one of the two, or remove the repeat.");
                    return;
                }
            }
            result.add(item);
        });
        if (problems.subList(before, problems.size()).stream().anyMatch(InventoryCsv::isAboutTheWholeFile)) {
            throw new StopReading(false);
        }
        return result;
    }
}
