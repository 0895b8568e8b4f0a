package org.custodian.ui;

import java.util.Map;
import java.util.TreeMap;
import org.custodian.model.GroupId;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.NameIndex;
import org.custodian.model.Principal;

/**
 * People and groups as the asset and group screens show them: a group's name is marked " (group)", so
 * it is not read as a person's, and the same text picks the holder again from a drop-down.
 */
public final class Holders {
    private static final String GROUP = " (group)";
    private static final String DEPARTED = " (departed)";

    private Holders() {}

    /** The holder's name, marked if a group; "?" for one the index does not hold. */
    public static String name(NameIndex names, Principal holder) {
        String name = names.name(holder);
        if (name == null) {
            return "?";
        }
        return holder instanceof GroupId ? name + GROUP : name;
    }

    /**
     * Who could be recorded as holding an asset or as a member, by shown name: everyone and every group, people
     * who left marked " (departed)" — recording what they held before they left is how "still knows" is told.
     */
    public static Map<String, Principal> anyone(InventorySnapshot snapshot) {
        Map<String, Principal> choices = new TreeMap<>();
        snapshot.people().forEach(p -> choices.putIfAbsent(p.name() + (p.isGone() ? DEPARTED : ""), p.id()));
        snapshot.groups().forEach(g -> choices.putIfAbsent(g.name() + GROUP, g.id()));
        return choices;
    }

    /** Who could be chosen to hold an asset or join a group (people still here, and groups), by shown name. */
    public static Map<String, Principal> choices(InventorySnapshot snapshot) {
        Map<String, Principal> choices = new TreeMap<>();
        snapshot.people().stream().filter(p -> !p.isGone()).forEach(p -> choices.putIfAbsent(p.name(), p.id()));
        snapshot.groups().forEach(g -> choices.putIfAbsent(g.name() + GROUP, g.id()));
        return choices;
    }
}
