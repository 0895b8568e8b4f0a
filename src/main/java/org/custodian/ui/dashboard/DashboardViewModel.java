package org.custodian.ui.dashboard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.analysis.HygieneFinding;
import org.custodian.analysis.HygieneFindingType;
import org.custodian.model.Departure;
import org.custodian.model.DepartureTask;
import org.custodian.model.NameIndex;
import org.custodian.model.TaskStatus;
import org.custodian.service.Inventory;
import org.custodian.ui.Background;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** What needs attention: findings counted by type (each opens its list), renewals, rotations, open departures. */
public final class DashboardViewModel {
    public record FindingCount(HygieneFindingType type, int count) {
        @Override
        public String toString() {
            return count + "   " + type.label();
        }
    }

    private static final Set<HygieneFindingType> DATES =
            Set.of(HygieneFindingType.EXPIRED, HygieneFindingType.EXPIRY_DUE, HygieneFindingType.RENEWAL_DUE);
    private static final Set<HygieneFindingType> ROTATIONS =
            Set.of(HygieneFindingType.ROTATION_OVERDUE, HygieneFindingType.ROTATION_NEVER_RECORDED);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Loading...");
    private final ObservableList<FindingCount> counts = FXCollections.observableArrayList();
    private final ObservableList<FindingCount> countsShown = FXCollections.unmodifiableObservableList(counts);
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ObservableList<String> findingsShown = FXCollections.unmodifiableObservableList(findings);
    private final ObservableList<String> renewals = FXCollections.observableArrayList();
    private final ObservableList<String> renewalsShown = FXCollections.unmodifiableObservableList(renewals);
    private final ObservableList<String> overdueRotations = FXCollections.observableArrayList();
    private final ObservableList<String> overdueShown = FXCollections.unmodifiableObservableList(overdueRotations);
    private final ObservableList<String> openDepartures = FXCollections.observableArrayList();
    private final ObservableList<String> departuresShown = FXCollections.unmodifiableObservableList(openDepartures);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final Inventory inventory;
    private final Background.Latest reading;
    private final Background.Latest checking;
    private List<HygieneFinding> all = List.of();

    public DashboardViewModel(Inventory inventory, TaskRunner tasks) {
        this.inventory = inventory;
        Background background = new Background(tasks, DashboardViewModel.class);
        this.reading = background.latest();
        this.checking = background.latest();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<FindingCount> counts() {
        return countsShown;
    }

    /** The findings of the type last opened. */
    public ObservableList<String> findings() {
        return findingsShown;
    }

    public ObservableList<String> renewals() {
        return renewalsShown;
    }

    public ObservableList<String> overdueRotations() {
        return overdueShown;
    }

    public ObservableList<String> openDepartures() {
        return departuresShown;
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    /**
     * The figures first, then the full check of every record and the whole history, which takes longer
     * than everything else on this screen together: the opened inventory's seal already vouches for the
     * file, so the figures need not wait for it.
     */
    public void refresh() {
        reading.run(
                () -> new Loaded(inventory.exposure().hygiene(), departures()),
                loaded -> {
                    all = loaded.findings;
                    Map<HygieneFindingType, Integer> byType = new EnumMap<>(HygieneFindingType.class);
                    all.forEach(f -> byType.merge(f.type(), 1, Integer::sum));
                    counts.setAll(byType.entrySet().stream()
                            .map(e -> new FindingCount(e.getKey(), e.getValue()))
                            .toList());
                    renewals.setAll(all.stream()
                            .filter(f -> DATES.contains(f.type()))
                            .map(HygieneFinding::message)
                            .toList());
                    overdueRotations.setAll(all.stream()
                            .filter(f -> ROTATIONS.contains(f.type()))
                            .map(HygieneFinding::message)
                            .toList());
                    openDepartures.setAll(loaded.departures);
                    status.set("Checking every record and the whole change history...");
                    error.set("");
                    verify();
                },
                failure -> error.set(Wording.failure(failure)));
    }

    private void verify() {
        checking.run(
                inventory::check,
                report -> status.set(
                        report.healthy()
                                ? "Verified: " + report.verifiedChanges() + " recorded changes, history intact."
                                : String.join("\n", report.problems())),
                failure -> error.set(Wording.failure(failure)));
    }

    /** Lists the findings of the chosen type (none for null). */
    public void open(FindingCount count) {
        findings.setAll(
                count == null
                        ? List.of()
                        : all.stream()
                                .filter(f -> f.type() == count.type())
                                .map(HygieneFinding::message)
                                .toList());
    }

    private List<String> departures() {
        NameIndex names = inventory.names();
        return inventory.departures().departures().stream()
                .map(d -> describe(
                        names.nameOr(d.leaver(), "?"), d, inventory.departures().tasks(d.id())))
                .filter(s -> s != null)
                .toList();
    }

    private static String describe(String leaver, Departure d, List<DepartureTask> list) {
        long open = list.stream().filter(t -> t.status() == TaskStatus.OPEN).count();
        if (open == 0) {
            return null;
        }
        java.util.Locale root = java.util.Locale.ROOT;
        return leaver + ": " + d.type().label().toLowerCase(root) + " ("
                + d.mode().label().toLowerCase(root)
                + "), last day " + Wording.date(d.lastDay()) + ": " + (list.size() - open) + " of " + list.size()
                + " tasks closed";
    }

    private record Loaded(List<HygieneFinding> findings, List<String> departures) {}
}
