package org.custodian.ui.people;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
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
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** The people list: search, the selected person's detail, and the add-person form. */
public final class PeopleViewModel {
    /** One line of the people table; {@code reachable} counts assets the person can reach now or still knows. */
    public record PersonRow(Person person, String name, String kind, String status, String organisation,
                            int reachable) {
    }

    public final StringProperty search = new SimpleStringProperty("");
    public final ObservableList<PersonRow> people = FXCollections.observableArrayList();
    public final FilteredList<PersonRow> shown = new FilteredList<>(people);
    public final ObjectProperty<PersonRow> selected = new SimpleObjectProperty<>();
    public final ObservableList<String> organisations = FXCollections.observableArrayList();
    public final StringProperty error = new SimpleStringProperty("");
    public final PersonDetailModel detail;
    public final PersonFormModel form;

    private final Inventory inventory;
    private final TaskRunner tasks;

    public PeopleViewModel(Inventory inventory, TaskRunner tasks) {
        this.inventory = inventory;
        this.tasks = tasks;
        this.detail = new PersonDetailModel(inventory, tasks);
        this.form = new PersonFormModel(inventory, tasks, this::added);
        search.addListener((obs, old, now) -> shown.setPredicate(row -> matches(row, now)));
        selected.addListener((obs, old, now) -> detail.load(now == null ? null : now.person()));
    }

    public void refresh() {
        tasks.run(() -> new Loaded(load(), inventory.people().organisations().stream().map(Organisation::name)
                .sorted().toList()), loaded -> {
            List<PersonRow> rows = loaded.rows();
            String keep = selected.get() == null ? null : selected.get().name();
            people.setAll(rows);
            organisations.setAll(loaded.organisations());
            error.set("");
            rows.stream().filter(r -> r.name().equals(keep)).findFirst().ifPresent(selected::set);
        }, failure -> error.set(Wording.failure(failure)));
    }

    private List<PersonRow> load() {
        NameIndex names = inventory.names();
        Map<PersonId, Integer> reach = inventory.exposure().reachCounts();
        return inventory.people().people().stream().map(p -> new PersonRow(p, p.name(), p.kind().label(),
                        p.status().label() + (p.lastDay() != null ? " (" + Wording.date(p.lastDay()) + ")" : ""),
                        names.nameOr(p.organisation(), ""),
                        reach.getOrDefault(p.id(), 0)))
                .sorted(java.util.Comparator.comparing(PersonRow::name)).toList();
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
        tasks.run(this::load, rows -> {
            people.setAll(rows);
            rows.stream().filter(r -> r.name().equals(name)).findFirst().ifPresent(row -> {
                selected.set(row);
                detail.load(row.person());
            });
        }, failure -> error.set(Wording.failure(failure)));
    }

    private static boolean matches(PersonRow row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        Function<String, Boolean> has = s -> s != null && s.toLowerCase(Locale.ROOT).contains(needle);
        return has.apply(row.name()) || has.apply(row.organisation()) || has.apply(row.person().jobTitle())
                || has.apply(row.kind()) || has.apply(row.status());
    }

    private record Loaded(List<PersonRow> rows, List<String> organisations) {
    }
}
