package org.custodian.ui.departures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.model.Departure;
import org.custodian.model.DepartureMode;
import org.custodian.model.DepartureType;
import org.custodian.model.Leaver;
import org.custodian.model.Organisation;
import org.custodian.model.Person;
import org.custodian.model.PersonKind;
import org.custodian.service.Inventory;
import org.custodian.ui.Background;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** New departure: who (person or organisation), type, mode, last day; the plan is previewed before it is saved. */
public final class DepartureWizardModel {
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> leavers = FXCollections.observableArrayList();
    private final ObservableList<String> leaversShown = FXCollections.unmodifiableObservableList(leavers);
    private final StringProperty leaver = new SimpleStringProperty();
    private final ObjectProperty<DepartureType> type = new SimpleObjectProperty<>(DepartureType.RESIGNATION);
    private final ObjectProperty<DepartureMode> mode = new SimpleObjectProperty<>(DepartureMode.FRIENDLY);
    private final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>();
    private final ObservableList<String> preview = FXCollections.observableArrayList();
    private final ObservableList<String> previewShown = FXCollections.unmodifiableObservableList(preview);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private final Inventory inventory;
    private final Background background;
    /** The plan previewed; changing any choice drops one still on its way, as it no longer matches. */
    private final Background.Latest planning;

    private final Consumer<Departure> onSaved;
    private Map<String, Leaver> leaversByName = Map.of();

    DepartureWizardModel(Inventory inventory, TaskRunner tasks, Consumer<Departure> onSaved) {
        this.inventory = inventory;
        this.background = new Background(tasks, DepartureWizardModel.class);
        this.planning = background.latest();
        this.onSaved = onSaved;
        InvalidationListener stale = o -> {
            planning.forget();
            preview.clear();
        };
        leaver.addListener(stale);
        type.addListener(stale);
        mode.addListener(stale);
        lastDay.addListener(stale);
    }

    /** True while the wizard is shown in place of the checklist. */
    public ReadOnlyBooleanProperty open() {
        return open.getReadOnlyProperty();
    }

    /** People still here and organisations ("… (organisation)"), by the name shown. */
    public ObservableList<String> leavers() {
        return leaversShown;
    }

    /** Who is leaving, as chosen from {@link #leavers()}. */
    public StringProperty leaver() {
        return leaver;
    }

    public ObjectProperty<DepartureType> type() {
        return type;
    }

    public ObjectProperty<DepartureMode> mode() {
        return mode;
    }

    public ObjectProperty<LocalDate> lastDay() {
        return lastDay;
    }

    /** The plan as it would be saved, one line a task; empty until "Show the plan", and again after any change. */
    public ObservableList<String> preview() {
        return previewShown;
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    /** Opens the wizard with {@code name} chosen (or nobody), defaulting type and last day from the person. */
    public void begin(String name) {
        background.run(
                () -> new Candidates(
                        inventory.people().people(), inventory.people().organisations()),
                found -> {
                    Map<String, Leaver> byName = new TreeMap<>();
                    found.people().stream().filter(p -> !p.isGone()).forEach(p -> byName.put(p.name(), p.id()));
                    found.organisations().forEach(o -> byName.put(o.name() + " (organisation)", o.id()));
                    leaversByName = byName;
                    leavers.setAll(byName.keySet());
                    leaver.set(name);
                    Person person = found.people().stream()
                            .filter(p -> p.name().equals(name))
                            .findFirst()
                            .orElse(null);
                    type.set(
                            person == null || person.kind() == PersonKind.EMPLOYEE
                                    ? DepartureType.RESIGNATION
                                    : DepartureType.CONTRACT_END);
                    mode.set(DepartureMode.FRIENDLY);
                    lastDay.set(person != null && person.lastDay() != null ? person.lastDay() : inventory.today());
                    preview.clear();
                    error.set("");
                    open.set(true);
                },
                this::failed);
    }

    public void showPlan() {
        Leaver who = chosen();
        if (who != null) {
            planning.run(
                    () -> inventory.departures().whatIf(who, type.get(), mode.get(), lastDay.get()),
                    plan -> {
                        error.set("");
                        preview.setAll(plan.tasks().stream()
                                .map(t -> t.position() + ". [" + t.phase().label() + "] " + t.title())
                                .toList());
                    },
                    this::failed);
        }
    }

    public void save() {
        Leaver who = chosen();
        if (who != null) {
            background.run(
                    () -> inventory.departures().startDeparture(who, type.get(), mode.get(), lastDay.get(), null),
                    saved -> {
                        open.set(false);
                        onSaved.accept(saved);
                    },
                    this::failed);
        }
    }

    public void cancel() {
        open.set(false);
    }

    private Leaver chosen() {
        Leaver who = leaver.get() == null ? null : leaversByName.get(leaver.get());
        if (who == null) {
            error.set("Choose who is leaving.");
        }
        return who;
    }

    private void failed(RuntimeException failure) {
        error.set(Wording.failure(failure));
    }

    private record Candidates(List<Person> people, List<Organisation> organisations) {}
}
