package org.custodian.analysis.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.custodian.model.Asset;
import org.custodian.model.AssetDetails;
import org.custodian.model.Custody;
import org.custodian.model.Grant;
import org.custodian.model.Group;
import org.custodian.model.GroupId;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.Membership;
import org.custodian.model.NamedId;
import org.custodian.model.Organisation;
import org.custodian.model.Person;
import org.custodian.model.PersonId;
import org.custodian.model.Principal;
import org.custodian.model.Rotation;

/**
 * Writes a synthetic inventory as the CSV set sample-data/README.md documents, so an import can be
 * measured at any size. Rows whose natural key repeats (the random draw can pick the same edge twice) are
 * written once, as an import refuses repeats.
 */
public final class SyntheticCsvSet {
    private final InventorySnapshot snapshot;
    private final Map<Object, String> names = new HashMap<>();

    private SyntheticCsvSet(InventorySnapshot snapshot) {
        this.snapshot = snapshot;
        snapshot.organisations().forEach(o -> names.put(o.id(), o.name()));
        snapshot.people().forEach(p -> names.put(p.id(), p.name()));
        snapshot.groups().forEach(g -> names.put(g.id(), g.name()));
        snapshot.assets().forEach(a -> names.put(a.id(), a.name()));
    }

    /** Writes the nine files into {@code folder} (created if missing); returns how many rows were written. */
    public static long write(InventorySnapshot snapshot, Path folder, LocalDate asOf) throws IOException {
        Files.createDirectories(folder);
        return new SyntheticCsvSet(snapshot).writeAll(folder, asOf);
    }

    private long writeAll(Path folder, LocalDate asOf) throws IOException {
        long rows = 0;
        rows += file(
                folder,
                "inventory.csv",
                List.of("name", "as_of"),
                List.of(List.of(snapshot.info().name(), asOf)));
        rows += file(
                folder,
                "organisations.csv",
                List.of("name", "kind", "contact", "notes"),
                map(snapshot.organisations(), Organisation::name, this::row));
        rows += file(
                folder,
                "people.csv",
                List.of(
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
                        "notes"),
                map(snapshot.people(), Person::name, this::row));
        rows += file(
                folder, "groups.csv", List.of("name", "description"), map(snapshot.groups(), Group::name, this::row));
        rows += file(
                folder,
                "memberships.csv",
                List.of("group", "member_person", "member_group", "from", "until"),
                map(
                        snapshot.memberships(),
                        m -> name(m.member()) + " in " + name(m.group()) + " from " + m.from(),
                        this::row));
        rows += file(folder, "assets.csv", ASSET_COLUMNS, map(snapshot.assets(), Asset::name, this::row));
        rows += file(
                folder,
                "custody.csv",
                List.of(
                        "asset",
                        "holder_person",
                        "holder_group",
                        "role",
                        "from",
                        "until",
                        "end_reason",
                        "copies",
                        "note"),
                map(
                        snapshot.custody(),
                        k -> name(k.holder()) + " " + k.role() + " " + name(k.asset()) + " from " + k.from(),
                        this::row));
        rows += file(
                folder,
                "grants.csv",
                List.of("from_asset", "to_asset", "kind", "from", "until", "note"),
                map(
                        snapshot.grants(),
                        g -> name(g.from()) + " " + g.kind() + " " + name(g.to()) + " from " + g.since(),
                        this::row));
        rows += file(
                folder,
                "rotations.csv",
                List.of("asset", "kind", "on", "by", "note"),
                map(snapshot.rotations(), r -> name(r.asset()) + " " + r.kind() + " on " + r.on(), this::row));
        return rows;
    }

    private static final List<String> ASSET_COLUMNS = org.custodian.export.CsvSetColumns.ASSETS;

    /** Each record's row, the first of each natural key (compared as an import does, ignoring case). */
    private static <T> List<List<Object>> map(List<T> records, Function<T, String> key, Function<T, List<Object>> row) {
        Set<String> seen = new HashSet<>();
        List<List<Object>> rows = new ArrayList<>(records.size());
        for (T record : records) {
            if (seen.add(key.apply(record).toLowerCase(Locale.ROOT))) {
                rows.add(row.apply(record));
            }
        }
        return rows;
    }

    private static long file(Path folder, String name, List<String> header, List<? extends List<?>> rows)
            throws IOException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(header.toArray(String[]::new))
                .setNullString("")
                .build();
        try (Writer out = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
        }
        return rows.size();
    }

    private List<Object> row(Organisation o) {
        return values(o.name(), o.kind(), o.contact(), o.notes());
    }

    private List<Object> row(Person p) {
        return values(
                p.name(),
                p.kind(),
                name(p.organisation()),
                p.jobTitle(),
                p.status(),
                p.lastDay(),
                p.departedOn(),
                p.workEmail(),
                p.personalContact(),
                p.userNames().stream().map(u -> u.system() + "=" + u.userName()).collect(Collectors.joining("; ")),
                p.notes());
    }

    private List<Object> row(Group g) {
        return values(g.name(), g.description());
    }

    private List<Object> row(Membership m) {
        return values(name(m.group()), personName(m.member()), groupName(m.member()), m.from(), m.until());
    }

    private List<Object> row(Asset a) {
        List<Object> row = values(
                a.name(),
                a.kind(),
                a.subtype(),
                a.system(),
                name(a.vendor()),
                a.criticality(),
                name(a.owner()),
                name(a.setUpBy()),
                a.rotationIntervalDays(),
                a.rotationProcedure(),
                a.valueLocation(),
                a.recoveryEmail(),
                a.recoveryPhone());
        row.addAll(details(a.details()));
        row.add(a.notes());
        return row;
    }

    /** personal_account … allowed_address, empty where the kind has no such field. */
    private static List<Object> details(AssetDetails details) {
        Object[] d = new Object[10];
        if (details instanceof AssetDetails.PrivilegedAccount p) {
            d[0] = p.personalAccount();
        } else if (details instanceof AssetDetails.HostingLogin h) {
            d[1] = h.renewalDate();
            d[2] = h.expiryDate();
        } else if (details instanceof AssetDetails.PhysicalKey k) {
            d[3] = k.keyNumber();
            d[4] = k.opens();
            d[5] = k.copiesIssued();
            d[6] = k.copiesReturned();
        } else if (details instanceof AssetDetails.AlarmCode c) {
            d[4] = c.panel();
        } else if (details instanceof AssetDetails.PurchasingAuthority p) {
            d[7] = p.reference();
            d[8] = p.spendingLimit() == null
                    ? null
                    : p.spendingLimit().setScale(2).toPlainString();
            d[1] = p.renewalDate();
            d[2] = p.expiryDate();
        } else if (details instanceof AssetDetails.NetworkAllowance n) {
            d[9] = n.allowedAddress();
        } else if (details instanceof AssetDetails.PhoneSystem p) {
            d[7] = p.reference();
        }
        return values(d);
    }

    private List<Object> row(Custody k) {
        return values(
                name(k.asset()),
                personName(k.holder()),
                groupName(k.holder()),
                k.role(),
                k.from(),
                k.until(),
                k.endReason(),
                k.copies(),
                k.note());
    }

    private List<Object> row(Grant g) {
        return values(name(g.from()), name(g.to()), g.kind(), g.since(), g.until(), g.note());
    }

    private List<Object> row(Rotation r) {
        return values(name(r.asset()), r.kind(), r.on(), name(r.by()), r.note());
    }

    private String name(NamedId id) {
        return id == null ? null : names.get(id);
    }

    private String name(Principal principal) {
        return names.get(principal);
    }

    private String personName(Principal principal) {
        return principal instanceof PersonId ? names.get(principal) : null;
    }

    private String groupName(Principal principal) {
        return principal instanceof GroupId ? names.get(principal) : null;
    }

    private static List<Object> values(Object... values) {
        List<Object> row = new ArrayList<>(values.length);
        for (Object value : values) {
            row.add(value instanceof String || value == null ? value : String.valueOf(value));
        }
        return row;
    }
}
