package org.custodian.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.custodian.model.AssetSubtype;
import org.custodian.model.Criticality;
import org.custodian.model.DepartureMode;
import org.custodian.model.DeparturePhase;
import org.custodian.model.DepartureType;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.PlanAction;
import org.custodian.model.PlanSection;
import org.junit.jupiter.api.Test;

class PlanOrderTest {
    static final LocalDate LAST_DAY = Fixture.TODAY.plusDays(14);

    @Test
    void upstreamAssetsComeFirstOnAChain() {
        Fixture f = new Fixture();
        f.person("Kevin").holds(f.secret("Zulu mailbox"));
        f.person("Kevin").holds(f.secret("Alpha registrar"));
        f.person("Kevin").holds(f.secret("Bravo DNS"));
        f.secret("Zulu mailbox").canReset(f.secret("Alpha registrar")).canReset(f.secret("Bravo DNS"));

        assertEquals(
                List.of("Rotate Zulu mailbox", "Rotate Alpha registrar", "Rotate Bravo DNS"),
                accessTitles(plan(f, "Kevin", DepartureMode.FRIENDLY)));
    }

    @Test
    void cyclesAreChangedTogetherAfterWhatLeadsIntoThem() {
        Fixture f = new Fixture();
        f.person("Kevin").holds(f.secret("Vault"));
        f.secret("Vault").unlocks(f.secret("Alpha"));
        f.secret("Alpha").canReset(f.secret("Bravo")).canReset(f.secret("Alpha"));
        f.secret("Bravo").unlocks(f.secret("Charlie"));

        DeparturePlan plan = plan(f, "Kevin", DepartureMode.FRIENDLY);

        assertEquals(List.of("Rotate Vault", "Rotate Alpha", "Rotate Bravo", "Rotate Charlie"), accessTitles(plan));
        PlannedTask alpha = plan.tasks().stream()
                .filter(t -> t.title().equals("Rotate Alpha"))
                .findFirst()
                .orElseThrow();
        assertTrue(alpha.reason().contains("It and Bravo can reach each other: change them together"), alpha.reason());
    }

    @Test
    void independentAssetsGoMostCriticalFirstThenMostOpeningThenByName() {
        Fixture f = new Fixture();
        f.person("Kevin").holds(f.secret("Echo").criticality(Criticality.LOW));
        f.person("Kevin").holds(f.secret("Delta").critical());
        f.person("Kevin").holds(f.secret("Charlie"));
        f.person("Kevin").holds(f.secret("Bravo"));
        f.secret("Charlie").unlocks(f.secret("Charlie entry").criticality(Criticality.LOW));
        f.person("Kevin").holds(f.secret("Alpha"));

        assertEquals(
                List.of(
                        "Rotate Delta",
                        "Rotate Charlie",
                        "Rotate Alpha",
                        "Rotate Bravo",
                        "Rotate Charlie entry",
                        "Rotate Echo"),
                accessTitles(plan(f, "Kevin", DepartureMode.FRIENDLY)));
    }

    @Test
    void hostileDeparturesPutBeforeNotifyingWorkFirstWithWhatLeadsToIt() {
        Fixture f = new Fixture();
        f.person("Kevin").holds(f.personalAccount("Kevin admin"));
        f.person("Kevin").holds(f.asset("Home VPN", AssetSubtype.VPN));
        f.person("Kevin").holds(f.secret("Root password").critical());
        f.person("Kevin").holds(f.secret("Printer PIN"));
        f.person("Kevin").holds(f.secret("Mailbox"));
        f.secret("Mailbox").canReset(f.secret("Root password"));
        for (String shared : List.of("Root password", "Printer PIN", "Mailbox")) {
            f.person("Ann").holds(f.secret(shared));
        }

        DeparturePlan plan = plan(f, "Kevin", DepartureMode.HOSTILE);

        List<PlannedTask> first = plan.tasksIn(DeparturePhase.BEFORE_NOTIFYING);
        assertEquals(
                List.of(
                        "Rotate Mailbox",
                        "Rotate Root password",
                        "Disable Home VPN for Kevin",
                        "Disable Kevin admin and remove its SSH keys"),
                first.stream().map(PlannedTask::title).toList());
        assertEquals(
                List.of(1, 2, 3, 4), first.stream().map(PlannedTask::position).toList());
        assertTrue(first.get(0).reason().contains(AccessWording.UPSTREAM_OF_URGENT));
        assertTrue(first.stream().allMatch(t -> t.due().equals(Fixture.TODAY)));
        assertEquals(
                DeparturePhase.ON_LAST_DAY, task(plan, "Rotate Printer PIN").phase());
        assertTrue(plan(f, "Kevin", DepartureMode.FRIENDLY)
                .tasksIn(DeparturePhase.BEFORE_NOTIFYING)
                .isEmpty());
    }

    @Test
    void collectingAKeyWaitsForTheLastDayEvenUpstreamOfUrgentWork() {
        Fixture f = new Fixture();
        f.person("Kevin").holds(f.key("Server room key", 1, 0));
        f.key("Server room key", 1, 0).opens(f.secret("Safe combination").critical());
        f.person("Ann").holds(f.secret("Safe combination"));

        DeparturePlan plan = plan(f, "Kevin", DepartureMode.HOSTILE);

        assertEquals(
                DeparturePhase.BEFORE_NOTIFYING,
                task(plan, "Rotate Safe combination").phase());
        assertEquals(
                DeparturePhase.ON_LAST_DAY,
                task(plan, "Collect Server room key from Kevin").phase());
    }

    @Test
    void handOverForSoleHoldersComesBeforeAccessWhenFriendlyAndTheCompanyGetsInFirstWhenHostile() {
        Fixture f = new Fixture();
        f.person("Kevin").holds(f.secret("Backup key").critical());
        f.person("Kevin").holds(f.secret("Shared Wi-Fi"));
        f.person("Ann").holds(f.secret("Shared Wi-Fi"));

        DeparturePlan friendly = plan(f, "Kevin", DepartureMode.FRIENDLY);
        List<PlannedTask> handOvers = friendly.tasksFor(PlanAction.HAND_OVER);
        assertEquals(
                List.of("Hand over Backup key to someone who stays"),
                handOvers.stream().map(PlannedTask::title).toList());
        assertEquals(1, handOvers.get(0).position());
        assertEquals(LAST_DAY.minusDays(1), handOvers.get(0).due());

        DeparturePlan hostile = plan(f, "Kevin", DepartureMode.HOSTILE);
        assertEquals(
                List.of(
                        "Decide how the company gets into Backup key without Kevin",
                        "Rotate Backup key",
                        "Rotate Shared Wi-Fi"),
                hostile.tasks().stream().limit(3).map(PlannedTask::title).toList());
    }

    @Test
    void theSameInputGivesTheSamePlanWhateverOrderTheSnapshotListsThingsIn() {
        Fixture f = new Fixture();
        f.person("Kevin").holds(f.secret("Vault"));
        f.person("Kevin").memberOf(f.group("IT admins"));
        f.group("IT admins").holds(f.secret("Registrar"));
        f.secret("Vault").unlocks(f.secret("Alpha")).canReset(f.secret("Vault"));
        f.secret("Registrar").canReset(f.secret("Mailbox")).canReset(f.secret("Registrar"));
        f.person("Ann").holds(f.secret("Mailbox"));
        InventorySnapshot snapshot = f.snapshot();

        DeparturePlan once = new DeparturePlanner()
                .plan(
                        snapshot,
                        f.person("Kevin").id(),
                        DepartureType.TERMINATION,
                        DepartureMode.HOSTILE,
                        LAST_DAY,
                        Fixture.TODAY);
        DeparturePlan again = new DeparturePlanner()
                .plan(
                        reversed(snapshot),
                        f.person("Kevin").id(),
                        DepartureType.TERMINATION,
                        DepartureMode.HOSTILE,
                        LAST_DAY,
                        Fixture.TODAY);

        assertEquals(once, again);
    }

    static InventorySnapshot reversed(InventorySnapshot s) {
        return new InventorySnapshot(
                s.info(),
                flip(s.organisations()),
                flip(s.people()),
                flip(s.groups()),
                flip(s.memberships()),
                flip(s.assets()),
                flip(s.custody()),
                flip(s.grants()),
                flip(s.rotations()));
    }

    private static <T> List<T> flip(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    static DeparturePlan plan(Fixture f, String person, DepartureMode mode) {
        return new DeparturePlanner()
                .plan(f.snapshot(), f.person(person).id(), DepartureType.RESIGNATION, mode, LAST_DAY, Fixture.TODAY);
    }

    static PlannedTask task(DeparturePlan plan, String title) {
        return plan.tasks().stream()
                .filter(t -> t.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No task " + title + " in "
                        + plan.tasks().stream().map(PlannedTask::title).toList()));
    }

    private static List<String> accessTitles(DeparturePlan plan) {
        return plan.tasks().stream()
                .filter(t -> t.section() == PlanSection.ACCESS)
                .map(PlannedTask::title)
                .toList();
    }
}
