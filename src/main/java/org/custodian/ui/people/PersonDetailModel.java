package org.custodian.ui.people;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.analysis.DeparturePlan;
import org.custodian.analysis.Exposure;
import org.custodian.model.DepartureMode;
import org.custodian.model.DepartureType;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.NameIndex;
import org.custodian.model.Person;
import org.custodian.model.PersonKind;
import org.custodian.model.UserName;
import org.custodian.service.Inventory;
import org.custodian.service.ReachQuery;
import org.custodian.ui.Background;
import org.custodian.ui.ReachRow;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** One person in detail: memberships, custody, what they could touch and why, and a what-if plan. */
public final class PersonDetailModel {
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper facts = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> memberships = FXCollections.observableArrayList();
    private final ObservableList<String> membershipsShown = FXCollections.unmodifiableObservableList(memberships);
    private final ObservableList<String> custody = FXCollections.observableArrayList();
    private final ObservableList<String> custodyShown = FXCollections.unmodifiableObservableList(custody);
    private final ObservableList<ReachRow> couldTouch = FXCollections.observableArrayList();
    private final ObservableList<ReachRow> couldTouchShown = FXCollections.unmodifiableObservableList(couldTouch);
    private final ObservableList<String> whatIfPlan = FXCollections.observableArrayList();
    private final ObservableList<String> whatIfShown = FXCollections.unmodifiableObservableList(whatIfPlan);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private final Inventory inventory;
    /** The person's records and reach; a person chosen since replaces an answer still on its way. */
    private final Background.Latest loading;
    /** The what-if plan; choosing another person drops one still on its way. */
    private final Background.Latest planning;

    private Person person;

    PersonDetailModel(Inventory inventory, TaskRunner tasks) {
        this.inventory = inventory;
        Background background = new Background(tasks, PersonDetailModel.class);
        this.loading = background.latest();
        this.planning = background.latest();
    }

    public ReadOnlyStringProperty name() {
        return name.getReadOnlyProperty();
    }

    /** Kind, status and job title in one line. */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    /** Organisation, e-mail, personal contact, user names and notes, one line each where known. */
    public ReadOnlyStringProperty facts() {
        return facts.getReadOnlyProperty();
    }

    /** True while a person is chosen. */
    public ReadOnlyBooleanProperty present() {
        return present.getReadOnlyProperty();
    }

    public ObservableList<String> memberships() {
        return membershipsShown;
    }

    public ObservableList<String> custody() {
        return custodyShown;
    }

    public ObservableList<ReachRow> couldTouch() {
        return couldTouchShown;
    }

    public ObservableList<String> whatIfPlan() {
        return whatIfShown;
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public void load(Person chosen) {
        person = chosen;
        whatIfPlan.clear();
        planning.forget();
        present.set(chosen != null);
        if (chosen == null) {
            loading.forget();
            name.set("");
            memberships.clear();
            custody.clear();
            couldTouch.clear();
            return;
        }
        loading.run(() -> read(chosen), loaded -> show(chosen, loaded), this::failed);
    }

    /** One read of the inventory serves both the records shown and the exposure. */
    private Loaded read(Person chosen) {
        InventorySnapshot snapshot = inventory.snapshot();
        return new Loaded(snapshot, inventory.exposure().exposureOf(snapshot, chosen.id(), ReachQuery.today()));
    }

    /** The plan as it would be if this person left on their last day (or today); nothing is saved. */
    public void whatIf() {
        Person leaver = person;
        if (leaver == null) {
            return;
        }
        DepartureType type =
                leaver.kind() == PersonKind.EMPLOYEE ? DepartureType.RESIGNATION : DepartureType.CONTRACT_END;
        planning.run(
                () -> inventory
                        .departures()
                        .whatIf(
                                leaver.id(),
                                type,
                                DepartureMode.FRIENDLY,
                                leaver.lastDay() != null ? leaver.lastDay() : inventory.today()),
                plan -> whatIfPlan.setAll(lines(plan)),
                this::failed);
    }

    public String personName() {
        return person == null ? null : person.name();
    }

    private void failed(RuntimeException failure) {
        error.set(Wording.failure(failure));
    }

    private void show(Person chosen, Loaded loaded) {
        InventorySnapshot s = loaded.snapshot;
        NameIndex names = NameIndex.of(s);
        name.set(chosen.name());
        summary.set(chosen.kind().label() + " · " + chosen.status().label()
                + (chosen.jobTitle() == null ? "" : " · " + chosen.jobTitle()));
        facts.set(facts(chosen, names));
        memberships.setAll(s.memberships().stream()
                .filter(m -> m.member().equals(chosen.id()))
                .map(m -> names.name(m.group()) + "   " + Wording.date(m.from()) + " – "
                        + (m.until() == null ? "now" : Wording.date(m.until())))
                .toList());
        custody.setAll(s.custody().stream()
                .filter(c -> c.holder().equals(chosen.id()))
                .map(c -> c.role().label() + ": " + names.name(c.asset()) + "   " + Wording.date(c.from()) + " – "
                        + (c.until() == null
                                ? "now"
                                : Wording.date(c.until()) + " (" + c.endReason().label() + ")"))
                .toList());
        couldTouch.setAll(
                loaded.exposure.reaches().stream().map(ReachRow::ofAsset).toList());
        error.set("");
    }

    private static String facts(Person p, NameIndex names) {
        List<String> lines = new java.util.ArrayList<>();
        line(lines, "Organisation", names.name(p.organisation()));
        line(lines, "Work email", p.workEmail());
        line(lines, "Personal contact", p.personalContact());
        line(lines, "User names", p.userNames().isEmpty() ? null : UserName.format(p.userNames()));
        line(lines, "Departed on", p.departedOn() == null ? null : Wording.date(p.departedOn()));
        line(lines, "Notes", p.notes());
        return String.join("\n", lines);
    }

    private static void line(List<String> lines, String label, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(label + ": " + value);
        }
    }

    static List<String> lines(DeparturePlan plan) {
        return plan.tasks().stream()
                .map(t -> t.position() + ". [" + t.phase().label() + "] " + t.title())
                .toList();
    }

    private record Loaded(InventorySnapshot snapshot, Exposure exposure) {}
}
