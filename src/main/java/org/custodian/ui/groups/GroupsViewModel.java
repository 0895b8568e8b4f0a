package org.custodian.ui.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.model.InventorySnapshot;
import org.custodian.service.Inventory;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** Groups and organisations with their members over time (current and former). */
public final class GroupsViewModel {
    public final ObservableList<String> names = FXCollections.observableArrayList();
    public final StringProperty selected = new SimpleStringProperty();
    public final ObservableList<String> members = FXCollections.observableArrayList();
    public final StringProperty error = new SimpleStringProperty("");
    private final Inventory inventory;
    private final TaskRunner tasks;
    private Map<String, List<String>> membersByName = Map.of();

    public GroupsViewModel(Inventory inventory, TaskRunner tasks) {
        this.inventory = inventory;
        this.tasks = tasks;
        selected.addListener((obs, old, now) -> members.setAll(membersByName.getOrDefault(now, List.of())));
    }

    public void refresh() {
        tasks.run(() -> membersOf(inventory.snapshot()), loaded -> {
            membersByName = loaded;
            names.setAll(loaded.keySet());
            members.setAll(loaded.getOrDefault(selected.get(), List.of()));
        }, failure -> error.set(Wording.failure(failure)));
    }

    private static Map<String, List<String>> membersOf(InventorySnapshot s) {
        Map<Object, String> names = Stream.concat(s.people().stream().map(p -> Map.entry((Object) p.id(), p.name())),
                        s.groups().stream().map(g -> Map.entry((Object) g.id(), g.name() + " (group)")))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        s.groups().forEach(g -> out.put("Group: " + g.name(), s.memberships().stream()
                .filter(m -> m.group().equals(g.id()))
                .map(m -> names.get(m.member()) + "   " + Wording.date(m.from()) + " – "
                        + (m.until() == null ? "now" : Wording.date(m.until()))).toList()));
        s.organisations().forEach(o -> {
            List<String> people = new ArrayList<>();
            s.people().stream().filter(p -> o.id().equals(p.organisation()))
                    .forEach(p -> people.add(p.name() + "   " + p.status().label()
                            + (p.departedOn() != null ? " " + Wording.date(p.departedOn()) : "")));
            out.put("Organisation: " + o.name() + " (" + o.kind().label().toLowerCase(java.util.Locale.ROOT) + ")", people);
        });
        return out;
    }
}
