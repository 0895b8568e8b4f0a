package org.custodian.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The display name of every person, organisation, group and asset, by id, built once from one read.
 * Services, reports and screens look names up here instead of each scanning lists or building its own
 * map. The ids are records of different types, so one map serves every kind without clashes.
 */
public final class NameIndex {
    private final Map<NamedId, String> names = new HashMap<>();

    private NameIndex() {}

    public static NameIndex of(InventorySnapshot snapshot) {
        return of(snapshot.people(), snapshot.organisations(), snapshot.groups(), snapshot.assets());
    }

    public static NameIndex of(
            List<Person> people, List<Organisation> organisations, List<Group> groups, List<Asset> assets) {
        NameIndex index = new NameIndex();
        people.forEach(p -> index.names.put(p.id(), p.name()));
        organisations.forEach(o -> index.names.put(o.id(), o.name()));
        groups.forEach(g -> index.names.put(g.id(), g.name()));
        assets.forEach(a -> index.names.put(a.id(), a.name()));
        return index;
    }

    /** The name, or null for a null id or one that was not read into this index. */
    public String name(NamedId id) {
        return id == null ? null : names.get(id);
    }

    /** The name, or {@code fallback} where {@link #name} would give null. */
    public String nameOr(NamedId id, String fallback) {
        String name = name(id);
        return name == null ? fallback : name;
    }
}
