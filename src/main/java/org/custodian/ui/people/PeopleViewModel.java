package org.custodian.ui.people;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.custodian.model.NameIndex;
import org.custodian.model.Organisation;
import org.custodian.model.Person;
import org.custodian.model.PersonId;
import org.custodian.service.Inventory;
import org.custodian.ui.Background;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** The people list: search, the selected person's detail, and the add-person form. */
public final class PeopleViewModel {
    /** One line of the people table; {@code reachable} counts assets the person can reach now or still knows. */
    public record PersonRow(
            Person person, String name, String kind, String status, String organisation, int reachable) {}

    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<PersonRow> people = FXCollections.observableArrayList();
    private final ObservableList<PersonRow> peopleShown = FXCollections.unmodifiableObservableList(people);
    private final FilteredList<PersonRow> shown = new FilteredList<>(people);
    private final ReadOnlyObjectWrapper<PersonRow> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> organisations = FXCollections.observableArrayList();
    private final ObservableList<String> organisationsShown = FXCollections.unmodifiableObservableList(organisations);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final PersonDetailModel detail;
    private final PersonFormModel form;

    private final Inventory inventory;
    private final Background.Latest listing;

    public PeopleViewModel(Inventory inventory, TaskRunner tasks) {
        this.inventory = inventory;
        this.listing = new Background(tasks, PeopleViewModel.class).latest();
        this.detail = new PersonDetailModel(inventory, tasks);
        this.form = new PersonFormModel(inventory, tasks, this::added);
        search.addListener((obs, old, now) -> shown.setPredicate(row -> matches(row, now)));
        selected.addListener((obs, old, now) -> detail.load(now == null ? null : now.person()));
    }

    /** The search field's text, bound both ways. */
    public StringProperty search() {
        return search;
    }

    /** Everyone, in name order. */
    public ObservableList<PersonRow> people() {
        return peopleShown;
    }

    /** The people the search lets through (a filtered view: it cannot be changed from outside). */
    public ObservableList<PersonRow> shown() {
        return shown;
    }

    public ReadOnlyObjectProperty<PersonRow> selected() {
        return selected.getReadOnlyProperty();
    }

    /** Shows this person in the detail pane. */
    public void select(PersonRow row) {
        selected.set(row);
    }

    /** Organisation names, for the form's drop-down; the first, "", is none. */
    public ObservableList<String> organisations() {
        return organisationsShown;
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public PersonDetailModel detail() {
        return detail;
    }

    public PersonFormModel form() {
        return form;
    }

    public void refresh() {
        reload(null, false);
    }

    /** Opens the form on the selected person, filled in; does nothing when no one is selected. */
    public void editSelected() {
        PersonRow row = selected.get();
        if (row != null) {
            form.edit(row.person(), row.organisation());
        }
    }

    private void added(String name) {
        search.set("");
        // A saved edit may leave the row equal to the old one, which would not reload the detail by itself.
        reload(name, true);
    }

    /** Reads the list again and selects {@code select}, or (null) whoever is selected when the answer comes. */
    private void reload(String select, boolean reloadDetail) {
        listing.run(
                this::load,
                loaded -> {
                    String keep = select != null
                            ? select
                            : selected.get() == null ? null : selected.get().name();
                    people.setAll(loaded.rows());
                    organisations.setAll(loaded.organisations());
                    error.set("");
                    loaded.rows().stream()
                            .filter(r -> r.name().equals(keep))
                            .findFirst()
                            .ifPresent(row -> {
                                selected.set(row);
                                if (reloadDetail) {
                                    detail.load(row.person());
                                }
                            });
                },
                failure -> error.set(Wording.failure(failure)));
    }

    private Loaded load() {
        NameIndex names = inventory.names();
        Map<PersonId, Integer> reach = inventory.exposure().reachCounts();
        List<PersonRow> rows = inventory.people().people().stream()
                .map(p -> new PersonRow(
                        p,
                        p.name(),
                        p.kind().label(),
                        p.status().label() + (p.lastDay() != null ? " (" + Wording.date(p.lastDay()) + ")" : ""),
                        names.nameOr(p.organisation(), ""),
                        reach.getOrDefault(p.id(), 0)))
                .sorted(Comparator.comparing(PersonRow::name))
                .toList();
        return new Loaded(
                rows,
                java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(""), // "no organisation"
                                inventory.people().organisations().stream()
                                        .map(Organisation::name)
                                        .sorted())
                        .toList());
    }

    private static boolean matches(PersonRow row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        Function<String, Boolean> has =
                s -> s != null && s.toLowerCase(Locale.ROOT).contains(needle);
        return has.apply(row.name())
                || has.apply(row.organisation())
                || has.apply(row.person().jobTitle())
                || has.apply(row.kind())
                || has.apply(row.status());
    }

    private record Loaded(List<PersonRow> rows, List<String> organisations) {}
}
