package org.custodian.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.custodian.model.Departure;
import org.custodian.model.DepartureMode;
import org.custodian.model.DepartureType;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.Leaver;
import org.custodian.model.NaturalOrder;

/**
 * Turns what a leaver (a person, or an organisation with all its people) can reach into the ordered work
 * that cuts them off: hand-overs, access changes upstream first, reviews, notices and follow-ups. The same
 * inventory and inputs always give the same plan.
 */
public final class DeparturePlanner {
    private static final Comparator<Draft> PLAN_ORDER = Comparator.comparing(Draft::phase)
            .thenComparing(Draft::section)
            .thenComparingLong(Draft::order)
            .thenComparing(Draft::title, NaturalOrder.NAMES);

    public DeparturePlan plan(
            InventorySnapshot snapshot,
            Leaver leaver,
            DepartureType type,
            DepartureMode mode,
            LocalDate lastDay,
            LocalDate today) {
        Objects.requireNonNull(snapshot, "snapshot");
        return plan(Reachability.of(snapshot, today), leaver, type, mode, lastDay);
    }

    public DeparturePlan plan(InventorySnapshot snapshot, Departure departure, LocalDate today) {
        return plan(snapshot, departure.leaver(), departure.type(), departure.mode(), departure.lastDay(), today);
    }

    /** Plans against a graph already built for today (its as-of day is taken as today). */
    public DeparturePlan plan(
            Reachability reachability, Leaver leaver, DepartureType type, DepartureMode mode, LocalDate lastDay) {
        Objects.requireNonNull(reachability, "reachability");
        Objects.requireNonNull(leaver, "leaver");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(lastDay, "lastDay");
        PlanContext plan = new PlanContext(reachability, leaver, type, mode, lastDay);
        List<Draft> drafts = new ArrayList<>();
        drafts.addAll(HandOverTasks.of(plan));
        drafts.addAll(RenewalTasks.of(plan));
        drafts.addAll(AccessTasks.of(plan));
        drafts.addAll(NotifyTasks.of(plan));
        drafts.sort(PLAN_ORDER);
        List<PlannedTask> tasks = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            tasks.add(draft.numbered(tasks.size() + 1));
        }
        return new DeparturePlan(leaver, plan.leaverName, type, mode, lastDay, plan.today, plan.people, tasks);
    }
}
