package org.custodian.ui.groups;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.model.Group;
import org.custodian.model.GroupId;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.Membership;
import org.custodian.model.MembershipId;
import org.custodian.model.NameIndex;
import org.custodian.model.Principal;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;
import org.custodian.service.Inventory;
import org.custodian.ui.Background;
import org.custodian.ui.FieldErrors;
import org.custodian.ui.Holders;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** Groups and organisations with their members over time; new groups, adding and ending memberships. */
public final class GroupsViewModel {
    /** One line of the members list; {@code membership} is null for an organisation's people. */
    public record MemberRow(Membership membership, String text) {
        @Override
        public String toString() {
            return text;
        }

        public boolean current() {
            return membership != null && membership.until() == null;
        }
    }

    static final String GROUP = "Group: ";

    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ObservableList<String> namesShown = FXCollections.unmodifiableObservableList(names);
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper();
    private final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    private final ObservableList<MemberRow> membersShown = FXCollections.unmodifiableObservableList(members);
    private final ObservableList<String> candidates = FXCollections.observableArrayList();
    private final ObservableList<String> candidatesShown = FXCollections.unmodifiableObservableList(candidates);
    private final StringProperty newMember = new SimpleStringProperty();
    private final StringProperty newGroupName = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endOn = new SimpleObjectProperty<>();
    private final FieldErrors errors = new FieldErrors();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final Inventory inventory;
    private final Background background;
    private final Background.Latest reading;
    private Map<String, List<MemberRow>> membersByName = Map.of();
    private Map<String, Principal> principals = Map.of();
    private Map<String, GroupId> groupIds = Map.of();

    public GroupsViewModel(Inventory inventory, TaskRunner tasks) {
        this.inventory = inventory;
        this.background = new Background(tasks, GroupsViewModel.class);
        this.reading = background.latest();
        from.set(inventory.today());
        endOn.set(inventory.today());
        selected.addListener((obs, old, now) -> members.setAll(membersByName.getOrDefault(now, List.of())));
    }

    /** Every group ("Group: …") and organisation ("Organisation: …") by the name shown. */
    public ObservableList<String> names() {
        return namesShown;
    }

    public ReadOnlyStringProperty selected() {
        return selected.getReadOnlyProperty();
    }

    /** Shows the members of the group or organisation of this name. */
    public void select(String name) {
        selected.set(name);
    }

    public ObservableList<MemberRow> members() {
        return membersShown;
    }

    /** People still here and groups, by the name shown, that could join the selected group. */
    public ObservableList<String> candidates() {
        return candidatesShown;
    }

    /** The person or group chosen to join, by the name shown. */
    public StringProperty newMember() {
        return newMember;
    }

    /** The first day of the membership to add; today unless changed. */
    public ObjectProperty<LocalDate> from() {
        return from;
    }

    /** The day the membership chosen to end ends; today unless changed, never before it started. */
    public ObjectProperty<LocalDate> endOn() {
        return endOn;
    }

    public StringProperty newGroupName() {
        return newGroupName;
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public void refresh() {
        reading.run(
                () -> new Loaded(inventory.snapshot()),
                loaded -> {
                    membersByName = loaded.members;
                    principals = loaded.principals;
                    groupIds = loaded.groupIds;
                    String keep = selected.get();
                    names.setAll(loaded.members.keySet());
                    candidates.setAll(loaded.principals.keySet());
                    members.setAll(loaded.members.getOrDefault(keep, List.of()));
                    error.set("");
                },
                failure -> error.set(Wording.failure(failure)));
    }

    /** True while the selection is a group (organisations' people are not memberships). */
    public boolean groupSelected() {
        return selected.get() != null && groupIds.containsKey(selected.get());
    }

    public void createGroup() {
        String name = newGroupName.get();
        message.set("");
        background.run(
                () -> {
                    Group group = new Group(GroupId.random(), name, null);
                    inventory.groups().createGroup(group);
                    return group.name();
                },
                created -> {
                    errors.clear();
                    newGroupName.set("");
                    refresh();
                    selected.set(GROUP + created);
                    message.set("Group " + created + " created.");
                },
                this::failed);
    }

    /** Adds the chosen person or group to the selected group from the chosen day. */
    public void addMember() {
        GroupId group = groupIds.get(selected.get());
        String chosen = newMember.get();
        Principal member = chosen == null ? null : principals.get(chosen);
        if (group == null) {
            error.set("Choose a group first.");
            return;
        }
        Membership membership;
        try {
            membership = new Membership(MembershipId.random(), group, member, from.get(), null);
        } catch (ValidationException e) {
            errors.show(e);
            return;
        }
        write(
                () -> inventory.groups().addMember(membership),
                (chosen == null ? "Member" : chosen) + " added from " + Wording.date(membership.from()) + ".");
    }

    /** Ends the chosen membership on the chosen day; it stays in the history. */
    public void endMembership(MemberRow row) {
        if (row == null || !row.current()) {
            return;
        }
        LocalDate on = endOn.get();
        if (on == null) {
            errors.show(
                    new ValidationException(List.of(new Violation("until", "Choose the day the membership ended"))));
            return;
        }
        write(() -> inventory.groups().endMembership(row.membership().id(), on), "Membership ended.");
    }

    private void write(Runnable work, String done) {
        message.set("");
        background.run(
                () -> {
                    work.run();
                    return done;
                },
                text -> {
                    errors.clear();
                    refresh();
                    message.set(text);
                },
                this::failed);
    }

    private void failed(RuntimeException failure) {
        errors.showFailure(failure, error);
    }

    private static final class Loaded {
        final Map<String, List<MemberRow>> members = new java.util.LinkedHashMap<>();
        final Map<String, Principal> principals;
        final Map<String, GroupId> groupIds = new TreeMap<>();

        Loaded(InventorySnapshot s) {
            NameIndex names = NameIndex.of(s);
            s.groups().forEach(g -> {
                groupIds.put(GROUP + g.name(), g.id());
                members.put(
                        GROUP + g.name(),
                        s.memberships().stream()
                                .filter(m -> m.group().equals(g.id()))
                                .map(m -> new MemberRow(
                                        m,
                                        Holders.name(names, m.member()) + "   " + Wording.date(m.from()) + " – "
                                                + (m.until() == null ? "now" : Wording.date(m.until()))))
                                .toList());
            });
            s.organisations().forEach(o -> {
                List<MemberRow> people = new ArrayList<>();
                s.people().stream()
                        .filter(p -> o.id().equals(p.organisation()))
                        .forEach(p -> people.add(new MemberRow(
                                null,
                                p.name() + "   " + p.status().label()
                                        + (p.departedOn() != null ? " " + Wording.date(p.departedOn()) : ""))));
                members.put(
                        "Organisation: " + o.name() + " (" + o.kind().label().toLowerCase(java.util.Locale.ROOT) + ")",
                        people);
            });
            principals = Holders.anyone(s);
        }
    }
}
