package org.custodian.analysis;

import static org.custodian.analysis.PlanOrderTest.LAST_DAY;
import static org.custodian.analysis.PlanOrderTest.plan;
import static org.custodian.analysis.PlanOrderTest.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.custodian.model.AssetSubtype;
import org.custodian.model.CustodyRole;
import org.custodian.model.DepartureMode;
import org.custodian.model.DeparturePhase;
import org.custodian.model.OrganisationKind;
import org.custodian.model.PlanAction;
import org.custodian.model.PlanSection;
import org.junit.jupiter.api.Test;

/** The cases of issue 13 §2 where the plan used to be wrong or misleading, each on an inventory built for it. */
class PlanHardCasesTest {
    /** 2.1: on the company's account the leaver is taken off and another buyer named; only their own card is cancelled. */
    @Test
    void companyAccountsKeepGoingAndOnlyTheLeaversOwnCardIsCancelled() {
        Fixture f = new Fixture();
        var supplier = f.organisation("Parts Direct", OrganisationKind.SUPPLIER);
        var bank = f.organisation("Town Bank", OrganisationKind.BANK);
        f.person("Kevin")
                .holds(f.asset("Parts account", AssetSubtype.VENDOR_ACCOUNT).vendor(supplier));
        f.person("Zoe").holds(f.asset("Parts account", AssetSubtype.VENDOR_ACCOUNT));
        f.person("Kevin")
                .holds(f.asset("PO authority", AssetSubtype.PURCHASE_ORDER).vendor(supplier));
        f.person("Kevin").holds(f.asset("Kevin card", AssetSubtype.COMPANY_CARD).vendor(bank));

        DeparturePlan plan = plan(f, "Kevin", DepartureMode.FRIENDLY);

        PlannedTask account =
                task(plan, "Remove Kevin as authorised buyer on Parts account with Parts Direct, and keep the account");
        assertEquals(PlanAction.REMOVE_AUTHORISED_BUYER, account.action());
        assertTrue(account.reason().contains("Zoe stays on it as authorised buyer."), account.reason());
        PlannedTask onlyBuyer =
                task(plan, "Remove Kevin as authorised buyer on PO authority with Parts Direct, and keep the account");
        assertTrue(onlyBuyer.reason().contains("Kevin is its only authorised buyer: name another first"));
        PlannedTask card = task(plan, "Cancel Kevin card with Town Bank");
        assertTrue(card.reason().contains("It was issued to Kevin personally."), card.reason());
        assertEquals(
                List.of("Name another authorised buyer on PO authority with Parts Direct"),
                plan.tasksFor(PlanAction.HAND_OVER).stream()
                        .map(PlannedTask::title)
                        .toList());
        assertEquals(1, plan.tasksFor(PlanAction.CANCEL_CARD_OR_AUTHORITY).size());
    }

    /** 2.2: hostile and only they hold it: the company gets in first, before the rotation, or is told it cannot. */
    @Test
    void aHostilePlanSaysHowTheCompanyGetsInBeforeRotatingWhatOnlyTheLeaverHolds() {
        Fixture f = new Fixture();
        var registrar = f.organisation("Domains Ltd", OrganisationKind.SUPPLIER);
        f.person("Kevin").holds(f.secret("Registrar").critical().vendor(registrar));
        f.person("Kevin").holds(f.secret("Firewall admin").critical());
        f.person("Kevin").holds(f.secret("Hypervisor root").critical());
        f.person("Ann").holds(f.asset("Break-glass envelope", AssetSubtype.BREAK_GLASS));
        f.asset("Break-glass envelope").canReset(f.secret("Hypervisor root"));
        f.person("Kevin").holds(f.secret("Break-glass envelope"));

        DeparturePlan plan = plan(f, "Kevin", DepartureMode.HOSTILE);

        List<PlannedTask> first = plan.tasksIn(DeparturePhase.BEFORE_NOTIFYING);
        PlannedTask registrarWay = task(plan, "Get company access to Registrar before it is rotated");
        assertTrue(registrarWay.reason().contains("a reset through Domains Ltd"), registrarWay.reason());
        PlannedTask hypervisorWay = task(plan, "Get company access to Hypervisor root before it is rotated");
        assertTrue(
                hypervisorWay.reason().contains("through the break-glass Break-glass envelope, which Ann holds"),
                hypervisorWay.reason());
        PlannedTask noWay = task(plan, "Decide how the company gets into Firewall admin without Kevin");
        assertTrue(noWay.reason().contains("it cannot be done without them"), noWay.reason());
        for (String asset : List.of("Registrar", "Firewall admin", "Hypervisor root")) {
            PlannedTask rotate = task(plan, "Rotate " + asset);
            assertEquals(DeparturePhase.BEFORE_NOTIFYING, rotate.phase());
            int wayIn = first.stream()
                    .filter(t -> t.action() == PlanAction.GET_COMPANY_ACCESS
                            && t.asset().equals(f.asset(asset).id()))
                    .findFirst()
                    .orElseThrow()
                    .position();
            assertTrue(wayIn < rotate.position(), asset + " is reached before it is rotated");
            assertTrue(rotate.reason().contains("get company access first"), rotate.reason());
        }
        assertTrue(plan.tasksFor(PlanAction.HAND_OVER).isEmpty(), "nothing asks a hostile leaver to hand over");
    }

    /** 2.8: a rotation nobody receives locks the company out; name the owner or say nobody holds it. */
    @Test
    void aRotationNamesTheOwnerOrSaysNobodyHoldsIt() {
        Fixture f = new Fixture();
        f.person("Kevin").holds(f.secret("NAS admin").owner(f.person("Helen")));
        f.person("Kevin").holds(f.secret("Printer admin"));
        f.person("Kevin").holds(f.asset("Kevin alarm code", AssetSubtype.PERSONAL_CODE));

        DeparturePlan plan = plan(f, "Kevin", DepartureMode.FRIENDLY);

        assertEquals(
                List.of("Helen (its owner)"), task(plan, "Rotate NAS admin").recipients());
        assertEquals(
                List.of("no one holds this: decide who will"),
                task(plan, "Rotate Printer admin").recipients());
        assertEquals(
                List.of(),
                plan.tasksFor(PlanAction.CHANGE_ALARM_CODE_AND_CALL_LIST).get(0).recipients(),
                "a personal code goes to nobody");
    }

    /** 2.9: a re-keyed lock still needs the copy back, so the key register can end their custody. */
    @Test
    void aKeyTheyHoldIsCollectedEvenWhenTheLockIsReKeyed() {
        Fixture f = new Fixture();
        f.person("Kevin").holds(f.key("Back door key", 3, 0));

        List<PlanAction> actions = plan(f, "Kevin", DepartureMode.FRIENDLY).tasks().stream()
                .filter(t -> t.section() == PlanSection.ACCESS)
                .map(PlannedTask::action)
                .toList();

        assertEquals(List.of(PlanAction.RECOVER_KEY, PlanAction.RE_KEY_LOCK), actions);
    }

    /** 2.9: a VPN account is disabled and a remote-access tool uninstalled; neither is an allow-list rule. */
    @Test
    void vpnAccessIsDisabledAndRemoteToolsUninstalled() {
        Fixture f = new Fixture();
        f.person("Kevin").holds(f.asset("Office VPN", AssetSubtype.VPN));
        f.person("Kevin").holds(f.asset("RMM agent", AssetSubtype.REMOTE_TOOL));
        f.person("Kevin").holds(f.asset("Home IP rule", AssetSubtype.FIREWALL_RULE));

        DeparturePlan plan = plan(f, "Kevin", DepartureMode.HOSTILE);

        assertEquals(
                PlanAction.DISABLE_VPN_ACCESS,
                task(plan, "Disable Office VPN for Kevin").action());
        assertEquals(
                PlanAction.UNINSTALL_REMOTE_TOOL,
                task(plan, "Uninstall RMM agent, or disable Kevin's account in it")
                        .action());
        assertEquals(
                PlanAction.REMOVE_ALLOW_RULE,
                task(plan, "Remove the allow-list rule Home IP rule").action());
        assertFalse(
                plan.tasks().stream()
                        .filter(t -> t.section() == PlanSection.ACCESS)
                        .anyMatch(t -> t.phase() != DeparturePhase.BEFORE_NOTIFYING),
                "cutting remote access stays urgent in a hostile departure");
    }

    /** 2.2: a reset through the leaver's own employer is no way in without them. */
    @Test
    void aResetThroughTheLeaversOwnCompanyIsNotAWayIn() {
        Fixture f = new Fixture();
        var provider = f.organisation("Fellside IT");
        f.person("Kevin").of(provider).holds(f.secret("Firewall admin").vendor(provider));

        DeparturePlan plan = plan(f, "Kevin", DepartureMode.HOSTILE);

        task(plan, "Decide how the company gets into Firewall admin without Kevin");
        assertEquals(
                List.of("no one holds this: decide who will"),
                task(plan, "Rotate Firewall admin").recipients());
    }

    /** 2.3: someone else's card in a safe the leaver opens: the safe changes, the card is only checked. */
    @Test
    void aCardReachedThroughASharedContainerIsCheckedUnlessHostile() {
        Fixture f = new Fixture();
        f.person("Kevin").holds(f.key("Safe key", 2, 0));
        f.person("Ann").holds(f.key("Safe key", 2, 0));
        f.key("Safe key", 2, 0).opens(f.asset("Ann card", AssetSubtype.COMPANY_CARD));
        f.person("Ann").holds(f.asset("Ann card", AssetSubtype.COMPANY_CARD));

        DeparturePlan friendly = plan(f, "Kevin", DepartureMode.FRIENDLY);
        PlannedTask check = task(friendly, "Check Ann card for use nobody recognises");
        assertEquals(PlanAction.CHECK_DOWNSTREAM, check.action());
        assertTrue(check.reason().contains("The task for Safe key cuts this route upstream"), check.reason());
        assertTrue(
                check.position() > task(friendly, "Collect Safe key from Kevin").position(), "upstream first");
        assertTrue(friendly.tasksFor(PlanAction.CANCEL_CARD_OR_AUTHORITY).isEmpty());

        DeparturePlan hostile = plan(f, "Kevin", DepartureMode.HOSTILE);
        assertEquals(1, hostile.tasksFor(PlanAction.CANCEL_CARD_OR_AUTHORITY).size());
    }

    /** 2.5: the plan says when a recovery address is the leaver's personal one. */
    @Test
    void aRecoveryAddressThatIsTheirOwnIsCalledTheirPersonalAddress() {
        Fixture f = new Fixture();
        f.person("Kevin").personalContact("kev@example.org");
        f.secret("Mailbox").recoveryEmail("Kev@Example.org");

        PlannedTask change = task(plan(f, "Kevin", DepartureMode.FRIENDLY), "Change the recovery contact of Mailbox");

        assertTrue(
                change.reason().contains("Its recovery email (Kev@Example.org) is the personal address of Kevin."),
                change.reason());
    }

    /** 2.6: a renewal within 90 days after the last day, on what they hold or set up, is a task before they go. */
    @Test
    void renewalsSoonAfterTheLastDayBecomeTasks() {
        Fixture f = new Fixture();
        LocalDate soon = LAST_DAY.plusDays(30);
        LocalDate later = LAST_DAY.plusDays(80);
        f.person("Kevin").holds(f.asset("Web hosting", AssetSubtype.HOSTING).hosting(soon, null));
        f.person("Kevin").holds(f.asset("Old domain", AssetSubtype.REGISTRAR).hosting(LAST_DAY.plusDays(120), null));
        f.person("Ann")
                .holds(f.asset("Shop", AssetSubtype.HOSTING)
                        .hosting(null, later)
                        .setUpBy(f.person("Kevin")));
        f.person("Ann").holds(f.asset("Ann's domain", AssetSubtype.REGISTRAR).hosting(soon, null));

        DeparturePlan plan = plan(f, "Kevin", DepartureMode.FRIENDLY);

        assertEquals(
                List.of(
                        "Shop expires on " + later + ": make sure the company can pay and log in",
                        "Web hosting renews on " + soon + ": make sure the company can pay and log in"),
                plan.tasksFor(PlanAction.CHECK_RENEWAL).stream()
                        .map(PlannedTask::title)
                        .toList());
        assertTrue(plan.tasksFor(PlanAction.CHECK_RENEWAL).stream()
                .allMatch(t ->
                        t.phase() == DeparturePhase.BEFORE_LAST_DAY && t.due().equals(LAST_DAY.minusDays(1))));
    }

    /** 2.6: the hygiene window for renewals and expiries is a setting (60 days unless told). */
    @Test
    void theRenewalWindowOfHygieneCanBeWidened() {
        Fixture f = new Fixture();
        f.asset("Web hosting", AssetSubtype.HOSTING).hosting(Fixture.TODAY.plusDays(80), null);

        assertTrue(new Hygiene(f.reachability()).upcomingRenewals().isEmpty());
        assertEquals(
                List.of("Web hosting renews on 2026-08-20, in 80 days."),
                new Hygiene(f.reachability(), 90)
                        .upcomingRenewals().stream()
                                .map(HygieneFinding::message)
                                .toList());
    }

    /** 2.9: names with numbers sort as people read them: A2 before A10. */
    @Test
    void assetsAreOrderedNaturally() {
        Fixture f = new Fixture();
        for (String name : List.of("Server A10", "server A2", "Server A1", "Server A11")) {
            f.person("Kevin").holds(f.secret(name));
        }

        assertEquals(
                List.of("Rotate Server A1", "Rotate server A2", "Rotate Server A10", "Rotate Server A11"),
                plan(f, "Kevin", DepartureMode.FRIENDLY).tasksFor(PlanAction.ROTATE_SECRET).stream()
                        .map(PlannedTask::title)
                        .toList());
    }

    /** 2.7: a provider's technician leaving on their own: their company is told and asked to keep no copies. */
    @Test
    void aProvidersPersonLeavingAloneGetsTheirCompanyToldAndAskedForNoCopies() {
        Fixture f = new Fixture();
        var provider = f.organisation("Fellside IT");
        f.person("Kevin").of(provider).holds(f.secret("NAS admin"));

        DeparturePlan plan = plan(f, "Kevin", DepartureMode.FRIENDLY);

        PlannedTask tell = task(plan, "Tell Fellside IT that Kevin is no longer authorised");
        assertTrue(tell.reason().startsWith("They employ Kevin"), tell.reason());
        task(plan, "Ask Fellside IT to confirm in writing that Kevin keeps no copies");
    }

    /** 2.7: the contract end is recorded when all the provider's people have a last day: the latest one. */
    @Test
    void theContractEndIsTheLastDayOfAllTheProvidersPeople() {
        Fixture f = new Fixture();
        var provider = f.organisation("Fellside IT");
        f.person("Kevin").of(provider).leaving(LAST_DAY);
        f.person("Aisha").of(provider).leaving(LAST_DAY.plusDays(7));
        f.person("Old Tom").of(provider).departed(Fixture.START);

        assertEquals(java.util.Optional.of(LAST_DAY.plusDays(7)), ContractEnd.of(f.snapshot(), provider));

        f.person("Mo").of(provider);
        assertTrue(ContractEnd.of(f.snapshot(), provider).isEmpty(), "someone staying: no end recorded");
    }

    /** 2.4: reached through its MFA device and through a chain: both routes show, and the plan says so. */
    @Test
    void everyIndependentRouteIsShownAtLeastOnePerFirstStep() {
        Fixture f = new Fixture();
        f.person("Kevin").custody(f.secret("M365 admin"), CustodyRole.MFA_DEVICE);
        f.person("Kevin").holds(f.secret("IT mailbox"));
        f.person("Kevin").memberOf(f.group("IT"));
        f.group("IT").holds(f.secret("Vault"));
        f.secret("IT mailbox").canReset(f.secret("M365 admin"));
        f.secret("Vault").unlocks(f.secret("IT mailbox"));
        Reachability reachability = f.reachability();

        Reach reach = reachability
                .exposureOf(f.person("Kevin").id())
                .reachOf(f.secret("M365 admin").id())
                .orElseThrow();

        assertEquals(
                List.of(
                        "Kevin holds the MFA device for M365 admin (custody: MFA device)",
                        "Kevin knows IT mailbox (custody: holds) → it can reset M365 admin",
                        "Kevin is a member of IT → which knows Vault (custody: holds) → it unlocks IT mailbox → which"
                                + " can reset M365 admin"),
                reach.routes().stream().map(Reach::sentence).toList());
        assertEquals(2, reach.otherRoutes().size());
        Reach fromAsset = reachability
                .whoCanTouch(f.secret("M365 admin").id())
                .reachOf(f.person("Kevin").id())
                .orElseThrow();
        assertEquals(reach.routes(), fromAsset.routes(), "exposure and who-can-touch agree");
        PlannedTask mfa =
                task(plan(f, "Kevin", DepartureMode.FRIENDLY), "Re-enrol MFA for M365 admin on a device that stays");
        assertTrue(mfa.reason().contains("This alone does not end the exposure: 3 separate routes"), mfa.reason());
    }
}
