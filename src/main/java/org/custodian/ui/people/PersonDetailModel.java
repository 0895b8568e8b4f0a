package org.custodian.ui.people;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
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
import org.custodian.service.Inventory;
import org.custodian.service.ReachQuery;
import org.custodian.ui.ReachRow;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** One person in detail: memberships, custody, what they could touch and why, and a what-if plan. */
public final class PersonDetailModel {
    public final StringProperty name = new SimpleStringProperty("");
    public final StringProperty summary = new SimpleStringProperty("");
    public final BooleanProperty present = new SimpleBooleanProperty(false);
    public final ObservableList<String> memberships = FXCollections.observableArrayList();
    public final ObservableList<String> custody = FXCollections.observableArrayList();
    public final ObservableList<ReachRow> couldTouch = FXCollections.observableArrayList();
    public final ObservableList<String> whatIfPlan = FXCollections.observableArrayList();
    public final StringProperty error = new SimpleStringProperty("");

    private final Inventory inventory;
    private final TaskRunner tasks;
    private Person person;

    PersonDetailModel(Inventory inventory, TaskRunner tasks) {
        this.inventory = inventory;
        this.tasks = tasks;
    }

    public void load(Person chosen) {
        person = chosen;
        whatIfPlan.clear();
        present.set(chosen != null);
        if (chosen == null) {
            name.set("");
            memberships.clear();
            custody.clear();
            couldTouch.clear();
            return;
        }
        tasks.run(() -> read(chosen), loaded -> {
            // An older answer arriving late must not replace the person chosen since.
            if (chosen == person) {
                show(chosen, loaded);
            }
        }, failure -> error.set(Wording.failure(failure)));
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
        DepartureType type = leaver.kind() == PersonKind.EMPLOYEE ? DepartureType.RESIGNATION : DepartureType.CONTRACT_END;
        tasks.run(() -> inventory.departures().whatIf(leaver.id(), type, DepartureMode.FRIENDLY,
                        leaver.lastDay() != null ? leaver.lastDay() : inventory.today()),
                plan -> whatIfPlan.setAll(lines(plan)), failure -> error.set(Wording.failure(failure)));
    }

    public String personName() {
        return person == null ? null : person.name();
    }

    private void show(Person chosen, Loaded loaded) {
        InventorySnapshot s = loaded.snapshot;
        NameIndex names = NameIndex.of(s);
        name.set(chosen.name());
        summary.set(chosen.kind().label() + " · " + chosen.status().label()
                + (chosen.jobTitle() == null ? "" : " · " + chosen.jobTitle()));
        memberships.setAll(s.memberships().stream().filter(m -> m.member().equals(chosen.id()))
                .map(m -> names.name(m.group()) + "   " + Wording.date(m.from()) + " – "
                        + (m.until() == null ? "now" : Wording.date(m.until()))).toList());
        custody.setAll(s.custody().stream().filter(c -> c.holder().equals(chosen.id()))
                .map(c -> c.role().label() + ": " + names.name(c.asset()) + "   " + Wording.date(c.from()) + " – "
                        + (c.until() == null ? "now" : Wording.date(c.until()) + " (" + c.endReason().label() + ")"))
                .toList());
        couldTouch.setAll(loaded.exposure.reaches().stream().map(ReachRow::ofAsset).toList());
        error.set("");
    }

    static List<String> lines(DeparturePlan plan) {
        return plan.tasks().stream().map(t -> t.position() + ". [" + t.phase().label() + "] " + t.title()).toList();
    }

    private record Loaded(InventorySnapshot snapshot, Exposure exposure) {
    }
}
