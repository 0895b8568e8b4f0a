package org.custodian.importer;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.custodian.model.*;

/**
 * Reads the documented CSV set (see sample-data/README.md) into an {@link InventoryContent}.
 * Everything is validated before anything is written; all problems come back together.
 */
public final class InventoryCsv {
    static final List<String> ORGANISATIONS = List.of("name", "kind", "contact", "notes");
    static final List<String> PEOPLE = List.of(
            "name",
            "kind",
            "organisation",
            "job_title",
            "status",
            "last_day",
            "departed_on",
            "work_email",
            "personal_contact",
            "user_names",
            "notes");
    static final List<String> GROUPS = List.of("name", "description");
    static final List<String> MEMBERSHIPS = List.of("group", "member_person", "member_group", "from", "until");
    static final List<String> ASSETS = List.of(
            "name",
            "kind",
            "subtype",
            "system",
            "vendor",
            "criticality",
            "owner",
            "set_up_by",
            "rotation_interval_days",
            "rotation_procedure",
            "value_location",
            "recovery_email",
            "recovery_phone",
            "personal_account",
            "renewal_date",
            "expiry_date",
            "key_number",
            "opens",
            "copies_issued",
            "copies_returned",
            "reference",
            "spending_limit",
            "allowed_address",
            "notes");
    static final List<String> CUSTODY =
            List.of("asset", "holder_person", "holder_group", "role", "from", "until", "end_reason", "copies", "note");
    static final List<String> GRANTS = List.of("from_asset", "to_asset", "kind", "from", "until", "note");
    static final List<String> ROTATIONS = List.of("asset", "kind", "on", "by", "note");

    private final CsvSource source;
    private final List<Violation> problems = new ArrayList<>();
    private String inventoryName;
    private long dayShift;

    private InventoryCsv(CsvSource source) {
        this.source = source;
    }

    /**
     * Reads the set. Dates are moved by (today - as_of) so demo data keeps its meaning on any day:
     * a renewal "in three weeks" stays three weeks away.
     */
    public static InventoryContent read(CsvSource source, LocalDate today) {
        return new InventoryCsv(source).readAll(today);
    }

    /** Reads the set with its dates as written (no shift): an import into an existing inventory. */
    public static InventoryContent readAsWritten(CsvSource source) {
        return new InventoryCsv(source).readAll(null);
    }

    private InventoryContent readAll(LocalDate today) {
        readInventoryRow(today);
        List<Organisation> organisations = rows(
                "organisations.csv",
                ORGANISATIONS,
                r -> r.build(() -> new Organisation(
                        OrganisationId.random(),
                        r.required("name"),
                        r.enumOf("kind", OrganisationKind.class),
                        r.text("contact"),
                        r.text("notes"))));
        unique("organisations.csv", organisations, Organisation::name);
        Map<String, Organisation> orgs = CsvTable.byName(organisations, Organisation::name);
        List<Person> people = rows("people.csv", PEOPLE, r -> PeopleRows.person(r, orgs));
        unique("people.csv", people, Person::name);
        Map<String, Person> persons = CsvTable.byName(people, Person::name);
        List<Group> groups = rows(
                "groups.csv",
                GROUPS,
                r -> r.build(() -> new Group(GroupId.random(), r.required("name"), r.text("description"))));
        unique("groups.csv", groups, Group::name);
        Map<String, Group> groupsByName = CsvTable.byName(groups, Group::name);
        List<Membership> memberships =
                rows("memberships.csv", MEMBERSHIPS, r -> PeopleRows.membership(r, groupsByName, persons));
        List<Asset> assets = rows("assets.csv", ASSETS, r -> AssetRows.asset(r, orgs, persons));
        unique("assets.csv", assets, Asset::name);
        Map<String, Asset> assetsByName = CsvTable.byName(assets, Asset::name);
        List<Custody> custody =
                rows("custody.csv", CUSTODY, r -> AssetRows.custody(r, assetsByName, persons, groupsByName));
        List<Grant> grants = rows("grants.csv", GRANTS, r -> AssetRows.grant(r, assetsByName));
        List<Rotation> rotations = rows("rotations.csv", ROTATIONS, r -> AssetRows.rotation(r, assetsByName, persons));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new InventoryContent(
                inventoryName, organisations, people, groups, memberships, assets, custody, grants, rotations);
    }

    private void readInventoryRow(LocalDate today) {
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

    private <T> List<T> rows(String file, List<String> columns, Function<CsvTable.Row, T> mapper) {
        List<T> result = new ArrayList<>();
        for (CsvTable.Row row :
                CsvTable.read(source, file, columns, problems, dayShift).rows()) {
            T item = mapper.apply(row);
            if (item != null) {
                result.add(item);
            }
        }
        return result;
    }

    private <T> void unique(String file, List<T> items, Function<T, String> name) {
        Set<String> seen = new HashSet<>();
        items.stream()
                .map(name)
                .filter(Objects::nonNull)
                .filter(n -> !seen.add(n.toLowerCase(Locale.ROOT)))
                .forEach(n -> problems.add(new Violation(file, file + ": the name \"" + n + "\" is used twice")));
    }
}
