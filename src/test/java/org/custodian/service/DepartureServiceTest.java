package org.custodian.service;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.custodian.analysis.DeparturePlan;
import org.custodian.analysis.ExposureLevel;
import org.custodian.model.*;
import org.custodian.model.DeparturePhase;
import org.custodian.model.PlanAction;
import org.custodian.storage.KdfPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo company's leaver, end to end on a real encrypted inventory. */
class DepartureServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path temp;

    private final InventoryFiles files = new InventoryFiles(KdfPolicy.fastForTests(), CLOCK, "tester");

    @Test
    void theLeavingTechniciansHostilePlanCutsAccessFirstAndUpstreamFirst() {
        try (Inventory demo = files.createDemo(temp.resolve("demo"))) {
            Person kevin = demo.people().personNamed("Kevin Dale");
            DeparturePlan plan = demo.departures()
                    .whatIf(kevin.id(), DepartureType.CONTRACT_END, DepartureMode.HOSTILE, kevin.lastDay());
            assertEquals(DeparturePhase.BEFORE_NOTIFYING, plan.tasks().get(0).phase());
            assertTrue(
                    plan.tasks().stream()
                            .anyMatch(t -> t.action() == PlanAction.REMOVE_ALLOW_RULE
                                    && t.phase() == DeparturePhase.BEFORE_NOTIFYING),
                    "his home-IP rule goes before he is told");
            assertTrue(plan.tasks().stream().anyMatch(t -> t.action() == PlanAction.WATCH_LOGINS));
            Asset registrar = demo.assets().assets().stream()
                    .filter(a -> a.subtype() == AssetSubtype.REGISTRAR)
                    .findFirst()
                    .orElseThrow();
            assertTrue(
                    plan.tasks().stream()
                            .filter(t -> registrar.id().equals(t.asset()))
                            .anyMatch(t -> t.reason().contains("60-day")),
                    "the registrar task warns of the transfer lock");
            assertEquals(
                    plan,
                    demo.departures()
                            .whatIf(kevin.id(), DepartureType.CONTRACT_END, DepartureMode.HOSTILE, kevin.lastDay()),
                    "the same inventory gives the same plan");
            assertTrue(demo.departures().departures().isEmpty(), "a what-if plan saves nothing");
        }
    }

    @Test
    void savedPlanIsTrackedAndARotationTaskDoneEndsStillKnows() {
        try (Inventory demo = files.createDemo(temp.resolve("demo"))) {
            Person neil = demo.people().people().stream()
                    .filter(p -> p.status() == PersonStatus.DEPARTED)
                    .findFirst()
                    .orElseThrow();
            var stillKnows =
                    demo.exposure().exposureOf(neil.id(), ReachQuery.today()).at(ExposureLevel.STILL_KNOWS);
            assertFalse(stillKnows.isEmpty(), "the departed office manager still knows a shared secret");
            Departure departure = demo.departures()
                    .startDeparture(
                            neil.id(),
                            DepartureType.RESIGNATION,
                            DepartureMode.FRIENDLY,
                            neil.departedOn(),
                            "Late clean-up");
            List<DepartureTask> tasks = demo.departures().tasks(departure.id());
            assertFalse(tasks.isEmpty());
            for (DepartureTask task : tasks) {
                if (task.action() == PlanAction.ROTATE_SECRET
                        || task.action() == PlanAction.CHANGE_ALARM_CODE_AND_CALL_LIST
                        || task.action() == PlanAction.RE_KEY_LOCK) {
                    demo.departures().completeTask(task.id(), "Marco Rossi", TODAY, "Changed in the vault");
                }
            }
            var after = demo.exposure().exposureOf(neil.id(), ReachQuery.today());
            for (var reach : stillKnows) {
                assertTrue(
                        after.reachOf(reach.asset().id()).isEmpty()
                                || reach.asset().kind() == AssetKind.PHYSICAL_KEY
                                        && after.reachOf(reach.asset().id()).isPresent(),
                        reach.asset().name() + " should no longer be known");
            }
            DepartureTask first = demo.departures().tasks(departure.id()).get(0);
            assertThrows(ValidationException.class, () -> demo.departures().markNotNeeded(first.id(), " "));
            DepartureTask skipped = demo.departures().markNotNeeded(first.id(), "Handled by the landlord");
            assertEquals(TaskStatus.NOT_NEEDED, skipped.status());
        }
    }

    @Test
    void anOrganisationLeavingIsPlannedForAllItsPeople() {
        try (Inventory demo = files.createDemo(temp.resolve("demo"))) {
            Organisation provider = demo.people().organisations().stream()
                    .filter(o -> o.kind() == OrganisationKind.IT_PROVIDER)
                    .findFirst()
                    .orElseThrow();
            var exposure = demo.exposure().exposureOf(provider.id(), ReachQuery.today());
            assertTrue(exposure.people().size() >= 2);
            assertTrue(exposure.reaches().stream().anyMatch(r -> !r.through().isEmpty()));
            DeparturePlan plan = demo.departures()
                    .whatIf(provider.id(), DepartureType.CONTRACT_END, DepartureMode.FRIENDLY, TODAY.plusDays(21));
            assertFalse(plan.tasks().isEmpty());
        }
    }
}
