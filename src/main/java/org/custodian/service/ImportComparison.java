package org.custodian.service;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.custodian.importer.InventoryContent;
import org.custodian.model.AssetDetails;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.NameIndex;
import org.custodian.model.NamedId;
import org.custodian.model.UserName;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;

/**
 * Compares a parsed CSV set with what the inventory holds, record by record, matched by natural key
 * (case-insensitive): organisations, people, groups and assets by name; memberships by group + member +
 * from; custody by asset + holder + role + from; grants by from-asset + to-asset + kind + from; rotations by
 * asset + kind + date; a record whose id is already the inventory's (an imported vault entry) matches that
 * record first. Pure: no I/O; the result says what to write, in load order.
 *
 * <p>Named records (organisations, people, groups, assets) may change in any field. Memberships, custody
 * and grants are history: the only change an import may make is to end an open one (until, and for custody
 * end_reason); any other difference is a problem. Rotations never change. Nothing is ever deleted.
 */
final class ImportComparison {
    enum Action {
        ADD,
        UPDATE,
        END
    }

    /** One write, in the order they must happen (a person before the custody that names them). */
    record Step(Record record, Action action) {}

    private final NameIndex current;
    private final NameIndex incoming;
    private final UnaryOperator<String> where;
    private final Map<NamedId, NamedId> matched = new HashMap<>();
    private final List<InventoryImportPreview.Section> sections = new ArrayList<>();
    private final List<Violation> problems = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();

    private ImportComparison(NameIndex current, NameIndex incoming, UnaryOperator<String> where) {
        this.current = current;
        this.incoming = incoming;
        this.where = where;
    }

    static ImportComparison of(InventorySnapshot snapshot, InventoryContent file) {
        return of(snapshot, file, name -> name);
    }

    /** {@code where} names each CSV file's records as the source holds them ("people.csv", "sheet People"). */
    static ImportComparison of(InventorySnapshot snapshot, InventoryContent file, UnaryOperator<String> where) {
        ImportComparison c = new ImportComparison(
                NameIndex.of(snapshot),
                NameIndex.of(file.people(), file.organisations(), file.groups(), file.assets()),
                where);
        c.compare("organisations.csv", snapshot.organisations(), file.organisations(), (o, n) -> o.name(), null, null);
        c.compare("people.csv", snapshot.people(), file.people(), (p, n) -> p.name(), null, null);
        c.compare("groups.csv", snapshot.groups(), file.groups(), (g, n) -> g.name(), null, null);
        c.compare(
                "memberships.csv",
                snapshot.memberships(),
                file.memberships(),
                (m, n) -> n.name(m.member()) + " in " + n.name(m.group()) + " from " + m.from(),
                Set.of("until"),
                m -> m.until() == null);
        c.compare("assets.csv", snapshot.assets(), file.assets(), (a, n) -> a.name(), null, null);
        c.compare(
                "custody.csv",
                snapshot.custody(),
                file.custody(),
                (k, n) -> n.name(k.holder()) + " " + k.role() + " " + n.name(k.asset()) + " from " + k.from(),
                Set.of("until", "end_reason"),
                k -> k.until() == null);
        c.compare(
                "grants.csv",
                snapshot.grants(),
                file.grants(),
                (g, n) -> n.name(g.from()) + " " + g.kind() + " " + n.name(g.to()) + " from " + g.since(),
                Set.of("until"),
                g -> g.until() == null);
        c.compare(
                "rotations.csv",
                snapshot.rotations(),
                file.rotations(),
                (r, n) -> n.name(r.asset()) + " " + r.kind() + " on " + r.on(),
                Set.of(),
                r -> false);
        return c;
    }

    InventoryImportPreview preview() {
        return new InventoryImportPreview(sections, problems);
    }

    List<Step> steps() {
        return List.copyOf(steps);
    }

    /**
     * @param changeable the fields an import may change on a matched record, or null for all
     * @param open whether a matched record may still take one of those changes (an ended custody may not)
     */
    private <T extends Record> void compare(
            String csvFile,
            List<T> existing,
            List<T> fromFile,
            BiFunction<T, NameIndex, String> key,
            Set<String> changeable,
            Predicate<T> open) {
        String file = where.apply(csvFile);
        Map<String, T> byKey = new LinkedHashMap<>();
        Map<Object, T> byId = new HashMap<>();
        for (T record : existing) {
            byKey.putIfAbsent(lower(key.apply(record, current)), record);
            byId.put(id(record), record);
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> added = new ArrayList<>();
        List<InventoryImportPreview.Changed> changed = new ArrayList<>();
        int unchanged = 0;
        for (T record : fromFile) {
            String label = key.apply(record, incoming);
            if (!seen.add(lower(label))) {
                problems.add(new Violation(
                        file, file + ": \"" + label + "\" appears twice; keep one row for it and import again."));
                continue;
            }
            // A record that already carries an inventory id (a vault entry known by its reference) matches it
            // even when renamed; the CSV set's ids are new, so its records match by natural key.
            T match = byId.get(id(record));
            if (match != null) {
                seen.add(lower(key.apply(match, current)));
            } else {
                match = byKey.get(lower(label));
            }
            if (match == null) {
                steps.add(new Step(remap(record, id(record)), Action.ADD));
                added.add(label);
                continue;
            }
            if (id(record) instanceof NamedId named) {
                matched.put(named, (NamedId) id(match));
            }
            T updated = remap(record, id(match));
            List<InventoryImportPreview.FieldChange> fields = differences(fields(match), fields(updated));
            if (fields.isEmpty()) {
                unchanged++;
                continue;
            }
            changed.add(new InventoryImportPreview.Changed(label, fields));
            if (changeable == null) {
                steps.add(new Step(updated, Action.UPDATE));
            } else if (open.test(match) && fields.stream().allMatch(f -> changeable.contains(f.field()))) {
                steps.add(new Step(updated, Action.END));
            } else {
                for (InventoryImportPreview.FieldChange f : fields) {
                    problems.add(new Violation(
                            file,
                            file + ": \"" + label + "\", column " + f.field() + ": \"" + f.from() + "\" → \""
                                    + f.to() + "\" cannot be imported. An import keeps history: it adds rows and"
                                    + (changeable.isEmpty()
                                            ? " never changes a recorded one."
                                            : " only ends open ones (" + String.join(", ", changeable) + ").")
                                    + " Put the old value back, or add a new row."));
                }
            }
        }
        List<String> notInFile = byKey.entrySet().stream()
                .filter(e -> !seen.contains(e.getKey()))
                .map(e -> key.apply(e.getValue(), current))
                .collect(Collectors.toList());
        sections.add(new InventoryImportPreview.Section(file, added, changed, unchanged, notInFile));
    }

    private static String lower(String key) {
        return key.toLowerCase(Locale.ROOT);
    }

    private static Object id(Record record) {
        return value(record, record.getClass().getRecordComponents()[0]);
    }

    /** The same record with {@code id} as its id and every reference to a matched record pointing at the inventory's. */
    @SuppressWarnings("unchecked")
    private <T extends Record> T remap(T record, Object id) {
        RecordComponent[] parts = record.getClass().getRecordComponents();
        Object[] values = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Object value = i == 0 ? id : value(record, parts[i]);
            values[i] = value instanceof NamedId named ? matched.getOrDefault(named, named) : value;
            types[i] = parts[i].getType();
        }
        try {
            return (T) record.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ValidationException v) {
                throw v;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(Record record, RecordComponent part) {
        try {
            return part.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every field but the id, by a CSV-like name, as shown to the user; an asset's kind fields are flattened. */
    private Map<String, String> fields(Record record) {
        Map<String, String> fields = new LinkedHashMap<>();
        RecordComponent[] parts = record.getClass().getRecordComponents();
        for (int i = 1; i < parts.length; i++) {
            Object value = value(record, parts[i]);
            if (value instanceof AssetDetails details && details instanceof Record nested) {
                for (RecordComponent part : nested.getClass().getRecordComponents()) {
                    fields.put(column(part.getName()), text(value(nested, part)));
                }
            } else {
                fields.put(column(parts[i].getName()), text(value));
            }
        }
        return fields;
    }

    private static List<InventoryImportPreview.FieldChange> differences(
            Map<String, String> before, Map<String, String> after) {
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        List<InventoryImportPreview.FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            String from = before.getOrDefault(name, "");
            String to = after.getOrDefault(name, "");
            if (!Objects.equals(from, to)) {
                changes.add(new InventoryImportPreview.FieldChange(name, from, to));
            }
        }
        return changes;
    }

    /** jobTitle → job_title; the model's own names where they differ from the CSV ({@code since} is from). */
    private static String column(String component) {
        return component.equals("since")
                ? "from"
                : component.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof NamedId id) {
            String name = current.name(id);
            return name != null ? name : incoming.nameOr(id, "?");
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof UserName user) {
            return user.system() + "=" + user.userName();
        }
        if (value instanceof List<?> list) {
            // order carries no meaning (the inventory keeps user names sorted by system)
            return list.stream().map(this::text).sorted().collect(Collectors.joining("; "));
        }
        return value.toString();
    }
}
