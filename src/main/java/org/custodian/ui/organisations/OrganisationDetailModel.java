package org.custodian.ui.organisations;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.analysis.OrganisationExposure;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.Organisation;
import org.custodian.model.Person;
import org.custodian.service.Inventory;
import org.custodian.service.ReachQuery;
import org.custodian.ui.Background;
import org.custodian.ui.ReachRow;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** One organisation: its kind and contact, its people, and what it could touch through them. */
public final class OrganisationDetailModel {
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ObservableList<String> peopleShown = FXCollections.unmodifiableObservableList(people);
    private final ObservableList<ReachRow> couldTouch = FXCollections.observableArrayList();
    private final ObservableList<ReachRow> couldTouchShown = FXCollections.unmodifiableObservableList(couldTouch);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private final Inventory inventory;
    /** An organisation chosen since replaces an answer still on its way. */
    private final Background.Latest loading;

    OrganisationDetailModel(Inventory inventory, TaskRunner tasks) {
        this.inventory = inventory;
        this.loading = new Background(tasks, OrganisationDetailModel.class).latest();
    }

    public ReadOnlyStringProperty name() {
        return name.getReadOnlyProperty();
    }

    /** Kind and contact in one line. */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notes() {
        return notes.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty present() {
        return present.getReadOnlyProperty();
    }

    /** Its people, one line each: name, kind, status, job title. */
    public ObservableList<String> people() {
        return peopleShown;
    }

    /** What the organisation could touch through all of its people, by level, each with its path. */
    public ObservableList<ReachRow> couldTouch() {
        return couldTouchShown;
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public void load(Organisation chosen) {
        present.set(chosen != null);
        if (chosen == null) {
            loading.forget();
            name.set("");
            people.clear();
            couldTouch.clear();
            return;
        }
        loading.run(() -> read(chosen), this::show, failure -> error.set(Wording.failure(failure)));
    }

    /** One read serves the organisation as saved, its people and its exposure. */
    private OrganisationExposure read(Organisation chosen) {
        InventorySnapshot snapshot = inventory.snapshot();
        return inventory.exposure().exposureOf(snapshot, chosen.id(), ReachQuery.today());
    }

    private void show(OrganisationExposure exposure) {
        Organisation o = exposure.organisation();
        name.set(o.name());
        summary.set(Stream.of(o.kind().label(), o.contact())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" · ")));
        notes.set(o.notes() == null ? "" : o.notes());
        people.setAll(
                exposure.people().stream().map(OrganisationDetailModel::line).toList());
        couldTouch.setAll(
                exposure.reaches().stream().map(ReachRow::ofOrganisation).toList());
        error.set("");
    }

    private static String line(Person p) {
        return String.join(
                " · ",
                Stream.of(p.name(), p.kind().label(), p.status().label(), p.jobTitle())
                        .filter(s -> s != null && !s.isBlank())
                        .toList());
    }
}
