package org.custodian.ui.organisations;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.Organisation;
import org.custodian.model.OrganisationId;
import org.custodian.model.Person;
import org.custodian.service.Inventory;
import org.custodian.ui.Background;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** The organisations list: search, the chosen organisation's people and exposure, and the add or edit form. */
public final class OrganisationsViewModel {
    /** One line of the table; {@code people} counts the organisation's people, departed ones included. */
    public record OrganisationRow(Organisation organisation, String name, String kind, String contact, int people) {}

    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<OrganisationRow> rows = FXCollections.observableArrayList();
    private final FilteredList<OrganisationRow> shown = new FilteredList<>(rows);
    private final ReadOnlyObjectWrapper<OrganisationRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final OrganisationDetailModel detail;
    private final OrganisationFormModel form;
    private final Inventory inventory;
    private final Background.Latest listing;

    public OrganisationsViewModel(Inventory inventory, TaskRunner tasks) {
        this.inventory = inventory;
        this.listing = new Background(tasks, OrganisationsViewModel.class).latest();
        this.detail = new OrganisationDetailModel(inventory, tasks);
        this.form = new OrganisationFormModel(inventory, tasks, this::saved);
        search.addListener((obs, old, now) -> shown.setPredicate(row -> matches(row, now)));
        selected.addListener((obs, old, now) -> detail.load(now == null ? null : now.organisation()));
    }

    public StringProperty search() {
        return search;
    }

    /** The organisations the search lets through (a filtered view: it cannot be changed from outside). */
    public ObservableList<OrganisationRow> shown() {
        return shown;
    }

    public ReadOnlyObjectProperty<OrganisationRow> selected() {
        return selected.getReadOnlyProperty();
    }

    public void select(OrganisationRow row) {
        selected.set(row);
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public OrganisationDetailModel detail() {
        return detail;
    }

    public OrganisationFormModel form() {
        return form;
    }

    public void refresh() {
        reload(selected.get() == null ? null : selected.get().name());
    }

    /** Opens the form on the chosen organisation; does nothing when none is chosen. */
    public void editSelected() {
        OrganisationRow row = selected.get();
        if (row != null) {
            form.edit(row.organisation());
        }
    }

    private void saved(String name) {
        search.set("");
        reload(name);
    }

    /** Reads the list again and chooses {@code name}; the detail is read again even if the row looks the same. */
    private void reload(String name) {
        listing.run(
                this::load,
                loaded -> {
                    rows.setAll(loaded);
                    error.set("");
                    OrganisationRow keep = loaded.stream()
                            .filter(r -> r.name().equals(name))
                            .findFirst()
                            .orElse(null);
                    boolean same = keep != null && keep.equals(selected.get());
                    selected.set(keep);
                    if (same) {
                        detail.load(keep.organisation());
                    }
                },
                failure -> error.set(Wording.failure(failure)));
    }

    private List<OrganisationRow> load() {
        InventorySnapshot s = inventory.snapshot();
        Map<OrganisationId, Long> people = s.people().stream()
                .filter(p -> p.organisation() != null)
                .collect(Collectors.groupingBy(Person::organisation, Collectors.counting()));
        return s.organisations().stream()
                .map(o -> new OrganisationRow(
                        o,
                        o.name(),
                        o.kind().label(),
                        o.contact() == null ? "" : o.contact(),
                        people.getOrDefault(o.id(), 0L).intValue()))
                .sorted(java.util.Comparator.comparing(OrganisationRow::name))
                .toList();
    }

    private static boolean matches(OrganisationRow row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        Function<String, Boolean> has =
                s -> s != null && s.toLowerCase(Locale.ROOT).contains(needle);
        return has.apply(row.name()) || has.apply(row.kind()) || has.apply(row.contact());
    }
}
