package org.custodian.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.custodian.model.AssetSubtype;
import org.custodian.model.GrantKind;
import org.junit.jupiter.api.Test;

class GrantReachTest {
    @Test
    void grantsAreFollowedTransitivelyAndExplainedInOneSentence() {
        Fixture f = new Fixture();
        f.person("Kevin Dale").holds(f.asset("Registrar account", AssetSubtype.REGISTRAR));
        f.asset("Registrar account")
                .canReset(f.asset("Mail admin", AssetSubtype.SAAS_ADMIN))
                .administers(f.asset("File server", AssetSubtype.ADMIN));

        Reach reach = GroupReachTest.reach(f, "Kevin Dale", "File server", ExposureLevel.STILL_KNOWS)
                .orElseThrow();

        assertEquals(ExposureLevel.CAN_REACH_NOW, reach.level());
        assertEquals(Route.INDIRECT, reach.route());
        assertEquals(3, reach.length());
        assertEquals(
                "Kevin Dale knows Registrar account (custody: holds) → it can reset Mail admin"
                        + " → which administers File server",
                reach.sentence());
    }

    @Test
    void recoveryLoopsTerminateAndThePathIsTheShortest() {
        Fixture f = new Fixture();
        f.person("Ann").holds(f.secret("Mailbox"));
        f.secret("Mailbox").canReset(f.secret("Registrar")).canReset(f.secret("Mailbox"));
        f.secret("Registrar")
                .canReset(f.secret("DNS"))
                .canReset(f.secret("Website"))
                .canReset(f.secret("Mailbox"));
        f.secret("Mailbox").canReset(f.secret("Website"));

        Exposure exposure = f.reachability().exposureOf(f.person("Ann").id());

        assertEquals(
                List.of("DNS", "Mailbox", "Registrar", "Website"),
                exposure.reaches().stream().map(r -> r.asset().name()).toList());
        Reach website = exposure.reachOf(f.secret("Website").id()).orElseThrow();
        assertEquals(2, website.length());
        assertEquals("Ann knows Mailbox (custody: holds) → it can reset Website", website.sentence());
    }

    @Test
    void whatAStillKnownAssetOpensIsAtMostStillKnown() {
        Fixture f = new Fixture();
        f.person("Ann").holds(f.secret("Vault")).until(LocalDate.of(2025, 1, 1));
        f.secret("Vault").unlocks(f.secret("Bank login"));
        f.person("Bob").holds(f.secret("Bank login"));

        Reach reach = GroupReachTest.reach(f, "Ann", "Bank login", ExposureLevel.STILL_KNOWS)
                .orElseThrow();

        assertEquals(ExposureLevel.STILL_KNOWS, reach.level());
        assertEquals(Route.INDIRECT, reach.route());
    }

    @Test
    void theBestLevelWinsOverAShorterWeakerPath() {
        Fixture f = new Fixture();
        f.person("Ann").holds(f.secret("Old vault")).until(LocalDate.of(2025, 1, 1));
        f.secret("Old vault").unlocks(f.secret("Target"));
        f.person("Ann").holds(f.secret("Admin"));
        f.secret("Admin").administers(f.secret("Host")).administers(f.secret("Target"));

        Reach reach = GroupReachTest.reach(f, "Ann", "Target", ExposureLevel.STILL_KNOWS)
                .orElseThrow();

        assertEquals(ExposureLevel.CAN_REACH_NOW, reach.level());
        assertEquals(3, reach.length());
    }

    @Test
    void endedGrantsAreNotFollowed() {
        Fixture f = new Fixture();
        f.person("Ann").holds(f.secret("Vault"));
        f.grant(f.secret("Vault"), GrantKind.UNLOCKS, f.secret("Old entry"), Fixture.START, LocalDate.of(2024, 1, 1));

        assertEquals(Optional.empty(), GroupReachTest.reach(f, "Ann", "Old entry", ExposureLevel.NO_LONGER_EXPOSED));
    }

    @Test
    void aPastDaySeesTheInventoryAsItWasThen() {
        LocalDate then = LocalDate.of(2023, 6, 1);
        Fixture f = new Fixture();
        f.person("Ann").holds(f.secret("Vault")).until(LocalDate.of(2024, 1, 1));
        f.grant(f.secret("Vault"), GrantKind.UNLOCKS, f.secret("New entry"), LocalDate.of(2024, 6, 1), null);
        f.secret("Vault").rotated(LocalDate.of(2024, 2, 1));

        Exposure now = f.reachability().exposureOf(f.person("Ann").id(), ExposureLevel.NO_LONGER_EXPOSED);
        Exposure past = f.reachability(then).exposureOf(f.person("Ann").id(), ExposureLevel.NO_LONGER_EXPOSED);

        assertEquals(
                ExposureLevel.NO_LONGER_EXPOSED,
                now.reachOf(f.secret("Vault").id()).orElseThrow().level());
        assertEquals(
                ExposureLevel.CAN_REACH_NOW,
                past.reachOf(f.secret("Vault").id()).orElseThrow().level());
        assertEquals(Optional.empty(), past.reachOf(f.secret("New entry").id()));
        assertEquals(then, past.asOf());
    }

    @Test
    void noLongerExposedIsOnlyListedWhenAskedFor() {
        Fixture f = new Fixture();
        f.person("Ann").holds(f.secret("x")).until(LocalDate.of(2024, 1, 1));
        f.secret("x").rotated(LocalDate.of(2024, 2, 1));

        assertTrue(f.reachability().exposureOf(f.person("Ann").id()).reaches().isEmpty());
        assertEquals(
                1,
                f.reachability()
                        .exposureOf(f.person("Ann").id(), ExposureLevel.NO_LONGER_EXPOSED)
                        .reaches()
                        .size());
    }
}
