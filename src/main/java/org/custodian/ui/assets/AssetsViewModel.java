package org.custodian.ui.assets;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.custodian.model.Asset;
import org.custodian.model.AssetKind;
import org.custodian.model.Criticality;
import org.custodian.model.Rotation;
import org.custodian.service.Inventory;
import org.custodian.ui.Background;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** The asset list: text search, kind and criticality filters, the selected asset and the add form. */
public final class AssetsViewModel {
    public record AssetRow(
            Asset asset,
            String name,
            String kind,
            String subtype,
            String criticality,
            String system,
            String lastRotated) {}

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<AssetKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Criticality> criticalityFilter = new SimpleObjectProperty<>();
    private final ObservableList<AssetRow> assets = FXCollections.observableArrayList();
    private final ObservableList<AssetRow> assetsShown = FXCollections.unmodifiableObservableList(assets);
    private final FilteredList<AssetRow> shown = new FilteredList<>(assets);
    private final ReadOnlyObjectWrapper<AssetRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final AssetDetailModel detail;
    private final AssetFormModel form;

    private final Inventory inventory;
    private final Background.Latest listing;

    public AssetsViewModel(Inventory inventory, TaskRunner tasks) {
        this.inventory = inventory;
        this.listing = new Background(tasks, AssetsViewModel.class).latest();
        this.detail = new AssetDetailModel(inventory, tasks, this::refresh);
        this.form = new AssetFormModel(inventory, tasks, this::added);
        search.addListener((obs, old, now) -> filter());
        kindFilter.addListener((obs, old, now) -> filter());
        criticalityFilter.addListener((obs, old, now) -> filter());
        selected.addListener((obs, old, now) -> detail.load(now == null ? null : now.asset()));
    }

    /** The search field's text, bound both ways. */
    public StringProperty search() {
        return search;
    }

    /** Only assets of this kind; null for any. */
    public ObjectProperty<AssetKind> kindFilter() {
        return kindFilter;
    }

    public ObjectProperty<Criticality> criticalityFilter() {
        return criticalityFilter;
    }

    /** Every asset, in name order. */
    public ObservableList<AssetRow> assets() {
        return assetsShown;
    }

    /** The assets the search and filters let through (a filtered view: it cannot be changed from outside). */
    public ObservableList<AssetRow> shown() {
        return shown;
    }

    public ReadOnlyObjectProperty<AssetRow> selected() {
        return selected.getReadOnlyProperty();
    }

    /** Shows this asset in the detail pane. */
    public void select(AssetRow row) {
        selected.set(row);
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public AssetDetailModel detail() {
        return detail;
    }

    public AssetFormModel form() {
        return form;
    }

    public void refresh() {
        reload(selected.get() == null ? null : selected.get().name());
    }

    /** Opens the form on the selected asset, filled in; does nothing when none is selected. */
    public void editSelected() {
        AssetRow row = selected.get();
        if (row != null) {
            form.edit(row.asset());
        }
    }

    private void added(String name) {
        search.set("");
        kindFilter.set(null);
        criticalityFilter.set(null);
        reload(name);
    }

    private void reload(String select) {
        listing.run(
                this::load,
                rows -> {
                    assets.setAll(rows);
                    error.set("");
                    rows.stream()
                            .filter(r -> r.name().equals(select))
                            .findFirst()
                            .ifPresentOrElse(
                                    row -> {
                                        if (selected.get() == row
                                                || (selected.get() != null
                                                        && selected.get().name().equals(select))) {
                                            selected.set(row);
                                            detail.load(row.asset());
                                        } else {
                                            selected.set(row);
                                        }
                                    },
                                    () -> selected.set(null));
                },
                failure -> error.set(Wording.failure(failure)));
    }

    private List<AssetRow> load() {
        Map<Object, LocalDate> lastRotated = inventory.assets().rotations().stream()
                .collect(Collectors.toMap(Rotation::asset, Rotation::on, (a, b) -> a.isAfter(b) ? a : b));
        return inventory.assets().assets().stream()
                .map(a -> new AssetRow(
                        a,
                        a.name(),
                        a.kind().label(),
                        a.subtype().label(),
                        a.criticality().label(),
                        a.system() == null ? "" : a.system(),
                        Wording.date(lastRotated.get(a.id()))))
                .sorted(Comparator.comparing(AssetRow::name))
                .toList();
    }

    private void filter() {
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        AssetKind kind = kindFilter.get();
        Criticality criticality = criticalityFilter.get();
        shown.setPredicate(row -> (kind == null || row.asset().kind() == kind)
                && (criticality == null || row.asset().criticality() == criticality)
                && (needle.isEmpty()
                        || (row.name() + " " + row.system() + " " + row.subtype())
                                .toLowerCase(Locale.ROOT)
                                .contains(needle)));
    }
}
