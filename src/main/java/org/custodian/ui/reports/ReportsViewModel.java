package org.custodian.ui.reports;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.model.Asset;
import org.custodian.model.Organisation;
import org.custodian.model.Person;
import org.custodian.service.Inventory;
import org.custodian.service.ReachQuery;
import org.custodian.ui.Background;
import org.custodian.ui.ExportModel;
import org.custodian.ui.FilePicker;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** The Excel reports, one per row: each asks where to save, writes in the background, then offers the file. */
public final class ReportsViewModel {
    /** The report Ctrl+E saves: the one last asked for, or hygiene. */
    public enum Report {
        PERSON_EXPOSURE,
        ORGANISATION_EXPOSURE,
        WHO_CAN_TOUCH,
        HYGIENE,
        KEY_REGISTER,
        INVENTORY
    }

    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ObservableList<String> peopleShown = FXCollections.unmodifiableObservableList(people);
    private final ObservableList<String> assets = FXCollections.observableArrayList();
    private final ObservableList<String> assetsShown = FXCollections.unmodifiableObservableList(assets);
    private final ObservableList<String> organisations = FXCollections.observableArrayList();
    private final ObservableList<String> organisationsShown = FXCollections.unmodifiableObservableList(organisations);
    private final StringProperty person = new SimpleStringProperty();
    private final StringProperty asset = new SimpleStringProperty();
    private final StringProperty organisation = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final BooleanProperty includeNoLonger = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ExportModel export;

    private final Inventory inventory;
    private final Background.Latest names;
    private Report last = Report.HYGIENE;

    public ReportsViewModel(Inventory inventory, TaskRunner tasks, FilePicker files) {
        this.inventory = inventory;
        this.names = new Background(tasks, ReportsViewModel.class).latest();
        this.export = new ExportModel(tasks, files);
    }

    public ObservableList<String> people() {
        return peopleShown;
    }

    public ObservableList<String> assets() {
        return assetsShown;
    }

    public ObservableList<String> organisations() {
        return organisationsShown;
    }

    /** The person chosen for the person exposure report, by name. */
    public StringProperty person() {
        return person;
    }

    public StringProperty asset() {
        return asset;
    }

    public StringProperty organisation() {
        return organisation;
    }

    /** Exposure reports as things stood on this day; empty means today. */
    public ObjectProperty<LocalDate> asOf() {
        return asOf;
    }

    /** Also list what a rotation already ended. */
    public BooleanProperty includeNoLonger() {
        return includeNoLonger;
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ExportModel export() {
        return export;
    }

    public void refresh() {
        names.run(
                () -> new Names(
                        inventory.people().people().stream()
                                .map(Person::name)
                                .sorted()
                                .toList(),
                        inventory.assets().assets().stream()
                                .map(Asset::name)
                                .sorted()
                                .toList(),
                        inventory.people().organisations().stream()
                                .map(Organisation::name)
                                .sorted()
                                .toList()),
                names -> {
                    people.setAll(names.people());
                    assets.setAll(names.assets());
                    organisations.setAll(names.organisations());
                    if (person.get() != null && !people.contains(person.get())) {
                        person.set(null);
                    }
                    if (asset.get() != null && !assets.contains(asset.get())) {
                        asset.set(null);
                    }
                    error.set("");
                },
                failure -> error.set(Wording.failure(failure)));
    }

    public void save(Report report) {
        last = report;
        String today = Wording.date(inventory.today());
        switch (report) {
            case PERSON_EXPOSURE -> {
                String name = person.get();
                if (name == null || name.isBlank()) {
                    export.refuse("Choose a person first.");
                    return;
                }
                export.export(
                        "the exposure of " + name,
                        "exposure-" + name + "-" + today + ".xlsx",
                        path -> inventory
                                .reports()
                                .exposure(inventory.people().personNamed(name).id(), query(), path));
            }
            case ORGANISATION_EXPOSURE -> {
                String name = organisation.get();
                if (name == null || name.isBlank()) {
                    export.refuse("Choose an organisation first.");
                    return;
                }
                export.export(
                        "the exposure of " + name,
                        "exposure-" + name + "-" + today + ".xlsx",
                        path -> inventory
                                .reports()
                                .exposure(
                                        inventory
                                                .people()
                                                .organisationNamed(name)
                                                .id(),
                                        query(),
                                        path));
            }
            case WHO_CAN_TOUCH -> {
                String name = asset.get();
                if (name == null || name.isBlank()) {
                    export.refuse("Choose an asset first.");
                    return;
                }
                export.export(
                        "who can touch " + name,
                        "who-can-touch-" + name + "-" + today + ".xlsx",
                        path -> inventory
                                .reports()
                                .whoCanTouch(inventory.assets().assetNamed(name).id(), query(), path));
            }
            case HYGIENE ->
                export.export(
                        "the hygiene report",
                        "hygiene-" + today + ".xlsx",
                        path -> inventory.reports().hygiene(path));
            case KEY_REGISTER ->
                export.export(
                        "the key register",
                        "key-register-" + today + ".xlsx",
                        path -> inventory.reports().keyRegister(path));
            case INVENTORY ->
                export.export(
                        "the full inventory",
                        "inventory-" + today + ".xlsx",
                        path -> inventory.reports().inventory(path));
            default -> throw new IllegalArgumentException(report.name());
        }
    }

    /** The picker shows names; the report is asked for by id, resolved when it is written. */
    private ReachQuery query() {
        return new ReachQuery(asOf.get(), includeNoLonger.get());
    }

    /** Ctrl+E: the report last asked for again (hygiene at first). */
    public void saveLast() {
        save(last);
    }

    private record Names(List<String> people, List<String> assets, List<String> organisations) {}
}
