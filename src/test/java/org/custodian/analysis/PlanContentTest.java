package org.custodian.analysis;

import static org.custodian.analysis.PlanOrderTest.LAST_DAY;
import static org.custodian.analysis.PlanOrderTest.plan;
import static org.custodian.analysis.PlanOrderTest.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.custodian.model.AssetSubtype;
import org.custodian.model.CustodyRole;
import org.custodian.model.DepartureId;
import org.custodian.model.DepartureMode;
import org.custodian.model.DeparturePhase;
import org.custodian.model.DepartureTask;
import org.custodian.model.DepartureType;
import org.custodian.model.EndReason;
import org.custodian.model.OrganisationId;
import org.custodian.model.OrganisationKind;
import org.custodian.model.PlanAction;
import org.custodian.model.PlanSection;
import org.custodian.model.TaskId;
import org.custodian.model.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanContentTest {
    static Stream<Arguments> assetsAndTheirActions() {
        return Stream.of(
                row("shared secret", f -> f.person("Kevin").holds(f.secret("x")), PlanAction.ROTATE_SECRET),
                row(
                        "personal account",
                        f -> f.person("Kevin").holds(f.personalAccount("x")),
                        PlanAction.DISABLE_ACCOUNT),
                row(
                        "shared root account",
                        f -> f.person("Kevin").holds(f.asset("x", AssetSubtype.ROOT)),
                        PlanAction.ROTATE_SECRET),
                row("key held now", f -> f.person("Kevin").holds(f.key("x", 1, 0)), PlanAction.RECOVER_KEY),
                row(
                        "key returned with a copy missing",
                        f -> f.person("Kevin")
                                .holds(f.key("x", 2, 1))
                                .until(LocalDate.of(2025, 1, 1), EndReason.RETURNED),
                        PlanAction.RE_KEY_LOCK),
                row(
                        "alarm code",
                        f -> f.person("Kevin").holds(f.asset("x", AssetSubtype.SHARED_CODE)),
                        PlanAction.CHANGE_ALARM_CODE_AND_CALL_LIST),
                row(
                        "call list only",
                        f -> f.person("Kevin").custody(f.asset("x", AssetSubtype.MASTER_CODE), CustodyRole.CALL_LIST),
                        PlanAction.CHANGE_ALARM_CODE_AND_CALL_LIST),
                row(
                        "company card",
                        f -> f.person("Kevin").holds(f.asset("x", AssetSubtype.COMPANY_CARD)),
                        PlanAction.CANCEL_CARD_OR_AUTHORITY),
                row(
                        "firewall rule",
                        f -> f.person("Kevin").holds(f.asset("x", AssetSubtype.FIREWALL_RULE)),
                        PlanAction.REMOVE_ALLOW_RULE),
                row(
                        "recovery contact only",
                        f -> f.person("Kevin").custody(f.secret("x"), CustodyRole.RECOVERY_CONTACT),
                        PlanAction.CHANGE_RECOVERY_CONTACT),
                row(
                        "MFA device only",
                        f -> f.person("Kevin").custody(f.secret("x"), CustodyRole.MFA_DEVICE),
                        PlanAction.RE_ENROL_MFA),
                row(
                        "recovery email is their personal address",
                        f -> {
                            f.person("Kevin").personalContact("kev@example.org");
                            f.secret("x").recoveryEmail("Kev@Example.org");
                        },
                        PlanAction.CHANGE_RECOVERY_CONTACT),
                row(
                        "voicemail PIN",
                        f -> f.person("Kevin").holds(f.asset("x", AssetSubtype.VOICEMAIL_PIN)),
                        PlanAction.ROTATE_SECRET));
    }

    private static Arguments row(String story, Consumer<Fixture> setUp, PlanAction action) {
        return Arguments.of(story, setUp, action);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assetsAndTheirActions")
    void eachExposedAssetGetsTheActionItsKindAndRoleCallFor(String story, Consumer<Fixture> setUp, PlanAction action) {
        Fixture f = new Fixture();
        f.person("Kevin");
        setUp.accept(f);

        List<PlannedTask> access = plan(f, "Kevin", DepartureMode.FRIENDLY).tasks().stream()
                .filter(t -> t.section() == PlanSection.ACCESS)
                .toList();

        assertEquals(List.of(action), access.stream().map(PlannedTask::action).toList(), story);
        assertEquals(f.asset("x").id(), access.get(0).asset());
    }

    @Test
    void holderAndRecoveryContactGetsTheContactChangedBeforeTheRotation() {
        Fixture f = new Fixture();
        f.person("Kevin").holds(f.secret("Mailbox"));
        f.person("Kevin").custody(f.secret("Mailbox"), CustodyRole.RECOVERY_CONTACT);

        assertEquals(
                List.of(PlanAction.CHANGE_RECOVERY_CONTACT, PlanAction.ROTATE_SECRET),
                plan(f, "Kevin", DepartureMode.FRIENDLY).tasks().stream()
                        .filter(t -> t.section() == PlanSection.ACCESS)
                        .map(PlannedTask::action)
                        .toList());
    }

    @Test
    void someoneElsesPersonalAccountReachedThroughAResetIsRotatedNotDisabled() {
        Fixture f = new Fixture();
        f.person("Kevin").holds(f.asset("Domain admin", AssetSubtype.DOMAIN_ADMIN));
        f.person("Kevin").holds(f.personalAccount("Kevin admin"));
        f.person("Marco").holds(f.personalAccount("Marco admin"));
        f.asset("Domain admin").canReset(f.asset("Marco admin"));

        DeparturePlan plan = plan(f, "Kevin", DepartureMode.FRIENDLY);

        assertEquals(
                PlanAction.DISABLE_ACCOUNT,
                task(plan, "Disable Kevin admin and remove its SSH keys").action());
        assertEquals(List.of("Marco"), task(plan, "Rotate Marco admin").recipients());
    }

    @Test
    void onlyHoldersOfSharedThingsAreAskedToHandThemOver() {
        Fixture f = new Fixture();
        f.person("Kevin").holds(f.secret("Firewall admin"));
        f.person("Kevin").holds(f.key("Server room key", 1, 0));
        f.person("Kevin").holds(f.personalAccount("Kevin admin"));
        f.person("Kevin").holds(f.asset("Kevin badge", AssetSubtype.BADGE));
        f.person("Kevin").holds(f.asset("Kevin alarm code", AssetSubtype.PERSONAL_CODE));
        f.person("Kevin").holds(f.asset("Kevin card", AssetSubtype.COMPANY_CARD));

        assertEquals(
                List.of(
                        "Hand over Firewall admin to someone who stays",
                        "Hand over Server room key to someone who stays"),
                plan(f, "Kevin", DepartureMode.FRIENDLY).tasksFor(PlanAction.HAND_OVER).stream()
                        .map(PlannedTask::title)
                        .toList());
    }

    @Test
    void newSecretsGoToTheOtherCurrentHoldersByName() {
        Fixture f = new Fixture();
        f.person("Kevin").holds(f.secret("Vault"));
        f.person("Zoe").holds(f.secret("Vault"));
        f.person("Ann").custody(f.secret("Vault"), CustodyRole.BACKUP);
        f.person("Old Bob").holds(f.secret("Vault")).until(LocalDate.of(2024, 1, 1));
        f.person("Mia").memberOf(f.group("IT admins"));
        f.group("IT admins").holds(f.secret("Vault"));
        f.person("Kevin").memberOf(f.group("IT admins"));

        PlannedTask rotate = task(plan(f, "Kevin", DepartureMode.FRIENDLY), "Rotate Vault");

        assertEquals(List.of("Ann", "Mia", "Zoe"), rotate.recipients());
        assertEquals(LAST_DAY, rotate.due());
        assertEquals(DeparturePhase.ON_LAST_DAY, rotate.phase());
    }

    @Test
    void registrarTasksWarnAboutTheTransferLock() {
        Fixture f = new Fixture();
        f.person("Kevin").holds(f.asset("Registrar account", AssetSubtype.REGISTRAR));

        PlannedTask task = task(plan(f, "Kevin", DepartureMode.FRIENDLY), "Rotate Registrar account");

        assertEquals("Kevin knows Registrar account (custody: holds). " + AccessWording.REGISTRAR_NOTE, task.reason());
    }

    @Test
    void setUpAssetsAreReviewedForBackDoors() {
        Fixture f = new Fixture();
        f.person("Ann");
        f.secret("Firewall").setUpBy(f.person("Kevin"));

        PlannedTask review = task(
                plan(f, "Kevin", DepartureMode.FRIENDLY),
                "Review Firewall, set up by Kevin: look for forgotten accounts and back doors");

        assertEquals(PlanAction.REVIEW_SET_UP, review.action());
        assertEquals(DeparturePhase.BEFORE_LAST_DAY, review.phase());
    }

    @Test
    void vendorsWhoKnewThemAsContactAreNotified() {
        Fixture f = new Fixture();
        OrganisationId alarms = f.organisation("Sentinel Alarms", OrganisationKind.ALARM_COMPANY);
        OrganisationId bank = f.organisation("County Bank", OrganisationKind.BANK);
        f.person("Kevin").custody(f.asset("Alarm", AssetSubtype.MASTER_CODE).vendor(alarms), CustodyRole.CALL_LIST);
        f.person("Kevin").holds(f.asset("Card", AssetSubtype.COMPANY_CARD).vendor(bank));
        f.person("Kevin").holds(f.secret("Wi-Fi").vendor(f.organisation("Other")));

        List<String> notices = plan(f, "Kevin", DepartureMode.FRIENDLY).tasksFor(PlanAction.NOTIFY).stream()
                .map(PlannedTask::title)
                .toList();

        assertEquals(
                List.of(
                        "Tell staff that Kevin leaves on " + LAST_DAY,
                        "Tell County Bank that Kevin is no longer authorised",
                        "Tell Sentinel Alarms that Kevin is no longer authorised"),
                notices);
    }

    @Test
    void followUpsWatchEveryUserNameAndReviewAdminWork() {
        Fixture f = new Fixture();
        f.person("Kevin").userName("Microsoft 365", "kevin.dale").userName("Domain", "kdale");
        f.person("Kevin").holds(f.asset("Domain admin", AssetSubtype.DOMAIN_ADMIN));

        DeparturePlan plan = plan(f, "Kevin", DepartureMode.FRIENDLY);

        assertEquals(
                List.of(
                        "Watch for log-ins as kevin.dale on Microsoft 365 until " + LAST_DAY.plusDays(90),
                        "Watch for log-ins as kdale on Domain until " + LAST_DAY.plusDays(90),
                        "Review what Kevin did as an administrator from " + LAST_DAY.minusMonths(3) + " to "
                                + LAST_DAY),
                plan.tasksIn(DeparturePhase.AFTER_DEPARTURE).stream()
                        .map(PlannedTask::title)
                        .toList());
        assertEquals(
                LAST_DAY.plusDays(90),
                plan.tasksFor(PlanAction.WATCH_LOGINS).get(0).due());
    }

    @Test
    void aTransferKeepsWatchingLoginsOutOfThePlan() {
        Fixture f = new Fixture();
        f.person("Kevin").userName("Domain", "kdale").holds(f.asset("Domain admin", AssetSubtype.DOMAIN_ADMIN));

        DeparturePlan plan = new DeparturePlanner()
                .plan(
                        f.snapshot(),
                        f.person("Kevin").id(),
                        DepartureType.TRANSFER,
                        DepartureMode.FRIENDLY,
                        LAST_DAY,
                        Fixture.TODAY);

        assertTrue(plan.tasksFor(PlanAction.WATCH_LOGINS).isEmpty());
        assertEquals(
                "Tell staff that Kevin moves to another role on " + LAST_DAY,
                plan.tasksFor(PlanAction.NOTIFY).get(0).title());
        assertEquals(1, plan.tasksFor(PlanAction.REVIEW_ADMIN_ACTIONS).size());
    }

    @Test
    void anOrganisationLeavingIsPlannedForAllItsPeople() {
        Fixture f = new Fixture();
        OrganisationId fellside = f.organisation("Fellside IT");
        f.person("Kevin").of(fellside).holds(f.secret("Domain admin"));
        f.person("Marco").of(fellside).holds(f.secret("Domain admin"));
        f.person("Marco").holds(f.secret("Firewall"));
        f.person("Helen").holds(f.secret("Firewall"));

        DeparturePlan plan = new DeparturePlanner()
                .plan(
                        f.snapshot(),
                        fellside,
                        DepartureType.CONTRACT_END,
                        DepartureMode.FRIENDLY,
                        LAST_DAY,
                        Fixture.TODAY);

        assertEquals("Fellside IT", plan.leaverName());
        assertEquals(
                List.of("Hand over Domain admin to someone who stays", "Rotate Domain admin", "Rotate Firewall"),
                plan.tasks().stream().limit(3).map(PlannedTask::title).toList());
        assertEquals(List.of("Helen"), task(plan, "Rotate Firewall").recipients());
        assertTrue(task(plan, "Rotate Domain admin").reason().contains("(also reachable by Marco)"));
        task(plan, "Ask Fellside IT to confirm in writing that they keep no copies");
    }

    @Test
    void plannedTasksBecomeOpenDepartureTasks() {
        Fixture f = new Fixture();
        f.person("Kevin").holds(f.secret("Vault"));
        f.person("Ann").holds(f.secret("Vault"));
        DeparturePlan plan = plan(f, "Kevin", DepartureMode.FRIENDLY);
        DepartureId departure = DepartureId.random();

        List<DepartureTask> stored = plan.toDepartureTasks(departure, TaskId::random);

        DepartureTask rotate = stored.stream()
                .filter(t -> t.title().equals("Rotate Vault"))
                .findFirst()
                .orElseThrow();
        assertEquals(DeparturePhase.ON_LAST_DAY, rotate.phase());
        assertEquals(PlanSection.ACCESS, rotate.section());
        assertEquals(PlanAction.ROTATE_SECRET, rotate.action());
        assertEquals("Ann", rotate.recipients());
        assertEquals(TaskStatus.OPEN, rotate.status());
        assertNull(stored.get(stored.size() - 1).asset());
    }
}
