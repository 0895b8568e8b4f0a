package org.custodian.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.custodian.analysis.PathStep.CustodyStep;
import org.custodian.analysis.PathStep.GroupStep;
import org.custodian.analysis.PathStep.PersonStep;
import org.custodian.model.AssetSubtype;
import org.custodian.model.EndReason;
import org.junit.jupiter.api.Test;

class GroupReachTest {
    private static final LocalDate LEFT_GROUP = LocalDate.of(2025, 3, 1);

    @Test
    void currentMemberReachesWhatTheGroupHolds() {
        Fixture f = new Fixture();
        f.person("Ann").memberOf(f.group("IT admins"));
        f.group("IT admins").holds(f.secret("Vault"));

        Reach reach = only(f, "Ann", "Vault");

        assertEquals(ExposureLevel.CAN_REACH_NOW, reach.level());
        assertEquals(Route.THROUGH_GROUP, reach.route());
        assertEquals("Ann is a member of IT admins → which knows Vault (custody: holds)", reach.sentence());
    }

    @Test
    void endedMembershipStillKnowsKnowledgeAssets() {
        Fixture f = new Fixture();
        f.person("Ann").memberOf(f.group("IT admins")).until(LEFT_GROUP);
        f.group("IT admins").holds(f.secret("Vault"));

        Reach reach = only(f, "Ann", "Vault");

        assertEquals(ExposureLevel.STILL_KNOWS, reach.level());
        assertEquals(
                "Ann was a member of IT admins until 2025-03-01 → which knows Vault"
                        + " (custody: holds; not rotated since 2025-03-01)",
                reach.sentence());
    }

    @Test
    void endedMembershipThenRotationIsNoLongerExposed() {
        Fixture f = new Fixture();
        f.person("Ann").memberOf(f.group("IT admins")).until(LEFT_GROUP);
        f.group("IT admins").holds(f.secret("Vault"));
        f.secret("Vault").rotated(LEFT_GROUP.plusDays(1));

        assertEquals(Optional.empty(), reach(f, "Ann", "Vault", ExposureLevel.STILL_KNOWS));
        assertEquals(ExposureLevel.NO_LONGER_EXPOSED, only(f, "Ann", "Vault").level());
    }

    @Test
    void endedMembershipDoesNotKeepAKeyWhoseCopiesAreAllBack() {
        Fixture f = new Fixture();
        f.person("Ann").memberOf(f.group("Keyholders")).until(LEFT_GROUP);
        f.group("Keyholders").holds(f.key("Front door", 1, 0));

        assertEquals(
                ExposureLevel.NO_LONGER_EXPOSED, only(f, "Ann", "Front door").level());
    }

    @Test
    void joiningAfterTheGroupGaveTheSecretUpGivesNothing() {
        Fixture f = new Fixture();
        f.person("Ann").memberOf(f.group("IT admins")).from(LocalDate.of(2024, 1, 1));
        f.group("IT admins").holds(f.secret("Vault")).until(LocalDate.of(2023, 1, 1), EndReason.REVOKED);

        assertEquals(Optional.empty(), reach(f, "Ann", "Vault", ExposureLevel.NO_LONGER_EXPOSED));
    }

    @Test
    void nestedGroupsAreFollowedWithEveryGroupOnThePath() {
        Fixture f = new Fixture();
        f.person("Ann").memberOf(f.group("Provider technicians"));
        f.group("Provider technicians").memberOf(f.group("IT admins"));
        f.group("IT admins").memberOf(f.group("All staff"));
        f.group("All staff").holds(f.asset("Office Wi-Fi", AssetSubtype.WIFI_KEY));

        Reach reach = only(f, "Ann", "Office Wi-Fi");

        assertEquals(ExposureLevel.CAN_REACH_NOW, reach.level());
        assertEquals(4, reach.length());
        assertEquals(
                List.of(PersonStep.class, GroupStep.class, GroupStep.class, GroupStep.class, CustodyStep.class),
                reach.path().stream().map(Object::getClass).toList());
        assertEquals(
                "Ann is a member of Provider technicians → which is a member of IT admins"
                        + " → which is a member of All staff → which knows Office Wi-Fi (custody: holds)",
                reach.sentence());
    }

    @Test
    void anEndedLinkInANestedChainEndsTheWholeChainOnThatDay() {
        Fixture f = new Fixture();
        f.person("Ann").memberOf(f.group("Technicians"));
        f.group("Technicians").memberOf(f.group("IT admins")).until(LEFT_GROUP);
        f.group("IT admins").holds(f.secret("Vault"));
        f.secret("Vault").rotated(LEFT_GROUP.minusDays(1));

        Reach reach = only(f, "Ann", "Vault");

        assertEquals(ExposureLevel.STILL_KNOWS, reach.level());
        assertTrue(reach.sentence().contains("was a member of IT admins until 2025-03-01"), reach.sentence());
    }

    @Test
    void groupCyclesTerminateAndKeepTheShortestChain() {
        Fixture f = new Fixture();
        f.person("Ann").memberOf(f.group("A"));
        f.group("A").memberOf(f.group("B"));
        f.group("B").memberOf(f.group("C"));
        f.group("C").memberOf(f.group("A"));
        f.group("C").holds(f.secret("x"));
        f.group("A").holds(f.secret("y"));

        assertEquals(4, only(f, "Ann", "x").length());
        assertEquals(2, only(f, "Ann", "y").length());
    }

    @Test
    void directCustodyBeatsTheSameAssetThroughAGroup() {
        Fixture f = new Fixture();
        f.person("Ann").memberOf(f.group("IT admins"));
        f.group("IT admins").holds(f.secret("Vault"));
        f.person("Ann").holds(f.secret("Vault"));

        assertEquals(Route.DIRECT, only(f, "Ann", "Vault").route());
    }

    @Test
    void currentGroupPathBeatsAnEndedDirectOne() {
        Fixture f = new Fixture();
        f.person("Ann").holds(f.secret("Vault")).until(LEFT_GROUP);
        f.person("Ann").memberOf(f.group("IT admins"));
        f.group("IT admins").holds(f.secret("Vault"));

        Reach reach = only(f, "Ann", "Vault");
        assertEquals(ExposureLevel.CAN_REACH_NOW, reach.level());
        assertEquals(Route.THROUGH_GROUP, reach.route());
    }

    private static Reach only(Fixture f, String person, String asset) {
        return reach(f, person, asset, ExposureLevel.NO_LONGER_EXPOSED).orElseThrow();
    }

    static Optional<Reach> reach(Fixture f, String person, String asset, ExposureLevel minimum) {
        return f.reachability()
                .exposureOf(f.person(person).id(), minimum)
                .reachOf(f.asset(asset).id());
    }
}
