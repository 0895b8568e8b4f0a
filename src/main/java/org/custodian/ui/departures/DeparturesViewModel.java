package org.custodian.ui.departures;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.model.Departure;
import org.custodian.model.DepartureId;
import org.custodian.model.DepartureTask;
import org.custodian.model.NameIndex;
import org.custodian.model.TaskStatus;
import org.custodian.service.Inventory;
import org.custodian.ui.Background;
import org.custodian.ui.ExportModel;
import org.custodian.ui.FilePicker;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/**
 * Departures: the list with progress and the chosen one. What belongs to the chosen departure has its own model:
 * its {@link ChecklistModel checklist}, its {@link SignOffModel sign-off import} and its export; a new one is
 * started in the {@link DepartureWizardModel wizard}.
 */
public final class DeparturesViewModel {
    public record DepartureRow(
            Departure departure, String leaver, String type, String mode, String lastDay, String progress) {}

    private final ObservableList<DepartureRow> departures = FXCollections.observableArrayList();
    private final ObservableList<DepartureRow> departuresShown = FXCollections.unmodifiableObservableList(departures);
    private final ReadOnlyObjectWrapper<DepartureRow> selected = new ReadOnlyObjectWrapper<>();
    /** The screen's one error line: the list's failures and the checklist's. */
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private final DepartureWizardModel wizard;
    private final ChecklistModel checklist;
    private final SignOffModel signOff;
    private final ExportModel export;

    private final Inventory inventory;
    private final Background.Latest listing;

    public DeparturesViewModel(Inventory inventory, TaskRunner tasks) {
        this(inventory, tasks, FilePicker.none());
    }

    public DeparturesViewModel(Inventory inventory, TaskRunner tasks, FilePicker files) {
        this.inventory = inventory;
        this.listing = new Background(tasks, DeparturesViewModel.class).latest();
        this.export = new ExportModel(tasks, files);
        this.wizard = new DepartureWizardModel(inventory, tasks, this::saved);
        this.checklist = new ChecklistModel(inventory, tasks, error, this::refresh);
        this.signOff = new SignOffModel(inventory, tasks, files, selected::get, () -> {
            refresh();
            checklist.reload();
        });
        selected.addListener((obs, old, now) -> {
            if (old == null
                    || now == null
                    || !old.departure().id().equals(now.departure().id())) {
                signOff.clear();
            }
            checklist.load(now == null ? null : now.departure().id());
        });
    }

    public ObservableList<DepartureRow> departures() {
        return departuresShown;
    }

    public ReadOnlyObjectProperty<DepartureRow> selected() {
        return selected.getReadOnlyProperty();
    }

    /** Shows this departure's checklist. */
    public void select(DepartureRow row) {
        selected.set(row);
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public DepartureWizardModel wizard() {
        return wizard;
    }

    public ChecklistModel checklist() {
        return checklist;
    }

    public SignOffModel signOff() {
        return signOff;
    }

    /** Saving the selected plan as the sign-off workbook. */
    public ExportModel export() {
        return export;
    }

    /** Ctrl+E and "Export to Excel": the selected plan, with task ids, for the manager to sign off. */
    public void exportSelected() {
        DepartureRow row = selected.get();
        if (row == null) {
            return;
        }
        DepartureId id = row.departure().id();
        export.export(
                "the departure plan of " + row.leaver(),
                suggestedName(row),
                path -> inventory.reports().departure(id, path));
    }

    static String suggestedName(DepartureRow row) {
        return "departure-" + row.leaver() + "-" + Wording.date(row.departure().lastDay()) + ".xlsx";
    }

    public void refresh() {
        DepartureRow keep = selected.get();
        reload(keep == null ? null : keep.departure().id());
    }

    private void saved(Departure departure) {
        reload(departure.id());
    }

    /** Reads the list again and selects {@code select} if it is still there. */
    private void reload(DepartureId select) {
        listing.run(
                this::loadDepartures,
                rows -> {
                    error.set("");
                    departures.setAll(rows);
                    rows.stream()
                            .filter(r -> r.departure().id().equals(select))
                            .findFirst()
                            .ifPresent(selected::set);
                },
                failure -> error.set(Wording.failure(failure)));
    }

    private List<DepartureRow> loadDepartures() {
        NameIndex names = inventory.names();
        return inventory.departures().departures().stream()
                .map(d -> {
                    List<DepartureTask> list = inventory.departures().tasks(d.id());
                    long closed = list.stream()
                            .filter(t -> t.status() != TaskStatus.OPEN)
                            .count();
                    return new DepartureRow(
                            d,
                            names.nameOr(d.leaver(), "?"),
                            d.type().label(),
                            d.mode().label(),
                            Wording.date(d.lastDay()),
                            closed + " / " + list.size());
                })
                .toList();
    }
}
