package org.custodian.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.custodian.model.AssetSubtype;
import org.custodian.model.Criticality;
import org.custodian.model.CustodyRole;
import org.custodian.model.Departure;
import org.custodian.model.DepartureId;
import org.custodian.model.DepartureMode;
import org.custodian.model.DeparturePhase;
import org.custodian.model.DepartureTask;
import org.custodian.model.DepartureType;
import org.custodian.model.EndReason;
import org.custodian.model.PlanAction;
import org.custodian.model.PlanSection;
import org.custodian.model.TaskId;
import org.custodian.model.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HygieneTest {
    private static final LocalDate TODAY = Fixture.TODAY;
    private static final LocalDate LEFT = LocalDate.of(2025, 6, 30);

    static Stream<Arguments> checks() {
        Function<Hygiene, List<HygieneFinding>> single = Hygiene::singleCustodians;
        Function<Hygiene, List<HygieneFinding>> rotations = Hygiene::overdueRotations;
        Function<Hygiene, List<HygieneFinding>> departed = Hygiene::departedWhoStillKnow;
        Function<Hygiene, List<HygieneFinding>> recovery = Hygiene::riskyRecoveryContacts;
        Function<Hygiene, List<HygieneFinding>> owners = Hygiene::assetsWithoutOwner;
        Function<Hygiene, List<HygieneFinding>> renewals = Hygiene::upcomingRenewals;
        Function<Hygiene, List<HygieneFinding>> keys = Hygiene::keysWithUnaccountedCopies;
        Function<Hygiene, List<HygieneFinding>> nobody = Hygiene::nobodyHolds;
        return Stream.of(
                row(
                        "an asset with no custody at all",
                        f -> f.secret("x"),
                        nobody,
                        "NO_CURRENT_HOLDER: Nobody is recorded as holding x today: record who has it or knows it"
                                + " (or that it was disabled or revoked)."),
                row(
                        "an asset whose only custody has ended",
                        f -> f.person("Ann").holds(f.secret("x")).until(LEFT),
                        nobody,
                        "NO_CURRENT_HOLDER: Nobody is recorded as holding x today: record who has it or knows it"
                                + " (or that it was disabled or revoked)."),
                row(
                        "a custody that starts later is not yet holding",
                        f -> f.person("Ann").holds(f.secret("x")).from(TODAY.plusDays(1)),
                        nobody,
                        "NO_CURRENT_HOLDER: Nobody is recorded as holding x today: record who has it or knows it"
                                + " (or that it was disabled or revoked)."),
                row(
                        "a group or an accountable owner holds it",
                        f -> {
                            f.group("Admins").holds(f.secret("x"));
                            f.person("Ann").custody(f.secret("y"), CustodyRole.ACCOUNTABLE_OWNER);
                        },
                        nobody),
                row(
                        "a disabled account nobody holds any more",
                        f -> {
                            f.person("Ann").holds(f.personalAccount("x")).until(LEFT);
                            f.personalAccount("x").changed(org.custodian.model.RotationKind.DISABLED, LEFT);
                        },
                        nobody),
                row(
                        "one holder of a critical asset",
                        f -> f.person("Ann").holds(f.secret("x").critical()),
                        single,
                        "SINGLE_CUSTODIAN: Only Ann holds x (critical): name a second holder."),
                row(
                        "one holder through a group counts as one",
                        f -> {
                            f.person("Ann").memberOf(f.group("Admins"));
                            f.group("Admins").holds(f.secret("x").criticality(Criticality.HIGH));
                        },
                        single,
                        "SINGLE_CUSTODIAN: Only Ann holds x (high): name a second holder."),
                row(
                        "two holders are fine",
                        f -> {
                            f.person("Ann").holds(f.secret("x").critical());
                            f.person("Bob").custody(f.secret("x"), CustodyRole.BACKUP);
                        },
                        single),
                row("medium assets are not checked", f -> f.person("Ann").holds(f.secret("x")), single),
                row(
                        "personal accounts have one holder by design",
                        f -> f.person("Ann").holds(f.personalAccount("x").critical()),
                        single),
                row(
                        "rotation older than its interval",
                        f -> f.secret("x").rotateEvery(90).rotated(TODAY.minusDays(100)),
                        rotations,
                        "ROTATION_OVERDUE: x was last changed on 2026-02-21 and should change every 90 days:"
                                + " 10 days overdue."),
                row(
                        "rotation within its interval",
                        f -> f.secret("x").rotateEvery(90).rotated(TODAY.minusDays(10)),
                        rotations),
                row(
                        "interval but no rotation ever",
                        f -> f.secret("x").rotateEvery(30),
                        rotations,
                        "ROTATION_NEVER_RECORDED: No rotation of x has ever been recorded; it should change every 30 days."),
                row(
                        "departed person still knows an unrotated secret",
                        f -> {
                            f.person("Neil").departed(LEFT).holds(f.secret("x")).until(LEFT);
                            f.secret("x").unlocks(f.secret("y"));
                        },
                        departed,
                        "DEPARTED_STILL_KNOWS: Neil (left on 2025-06-30): Neil knew x until 2025-06-30"
                                + " (custody: holds; not rotated since 2025-06-30)",
                        "DEPARTED_STILL_KNOWS: Neil (left on 2025-06-30): through what they hold or know they still"
                                + " reach 1 more asset."),
                row(
                        "departed person whose custody was never closed",
                        f -> f.person("Neil").departed(LEFT).holds(f.secret("x")),
                        departed,
                        "DEPARTED_STILL_HOLDS: Neil (left on 2025-06-30): Neil knows x (custody: holds)"),
                row(
                        "departed person after rotation",
                        f -> {
                            f.person("Neil").departed(LEFT).holds(f.secret("x")).until(LEFT);
                            f.secret("x").rotated(LEFT.plusDays(1));
                        },
                        departed),
                row(
                        "recovery contact who left",
                        f -> f.person("Neil").departed(LEFT).custody(f.secret("x"), CustodyRole.RECOVERY_CONTACT),
                        recovery,
                        "RECOVERY_CONTACT_GONE: The recovery contact of x is Neil, who left on 2025-06-30."),
                row(
                        "recovery email of someone leaving",
                        f -> {
                            f.person("Kevin").leaving(TODAY.plusDays(20));
                            f.secret("x").recoveryEmail("kevin@fixture.example");
                        },
                        recovery,
                        "RECOVERY_CONTACT_LEAVING: The recovery contact of x (kevin@fixture.example) belongs to"
                                + " Kevin, who leaves on 2026-06-21."),
                row(
                        "recovery email that is a personal address",
                        f -> {
                            f.person("David").personalContact("david@example.org");
                            f.secret("x").recoveryEmail("David@example.org");
                        },
                        recovery,
                        "RECOVERY_TO_PERSONAL_ADDRESS: The recovery contact of x (David@example.org) is David's"
                                + " personal contact, not a company one."),
                row(
                        "recovery phone among several personal contacts of someone who left",
                        f -> {
                            f.person("Neil").departed(LEFT).personalContact("neil@example.org, +44 7700 900123");
                            f.secret("x").recoveryPhone("07700 900-123");
                        },
                        recovery,
                        "RECOVERY_CONTACT_GONE: The recovery contact of x (07700 900-123) is the personal number of"
                                + " Neil, who left on 2025-06-30."),
                row(
                        "recovery email that is the personal address of someone leaving",
                        f -> {
                            f.person("Kevin").leaving(TODAY.plusDays(20)).personalContact("kev@example.org");
                            f.secret("x").recoveryEmail("kev@example.org");
                        },
                        recovery,
                        "RECOVERY_CONTACT_LEAVING: The recovery contact of x (kev@example.org) is the personal"
                                + " address of Kevin, who leaves on 2026-06-21."),
                row(
                        "recovery email at work of someone staying",
                        f -> {
                            f.person("David");
                            f.secret("x").recoveryEmail("david@fixture.example");
                        },
                        recovery),
                row(
                        "asset without owner",
                        f -> f.secret("x"),
                        owners,
                        "NO_ACCOUNTABLE_OWNER: x has no accountable owner."),
                row(
                        "accountable owner custody is enough",
                        f -> f.person("Ann").custody(f.secret("x"), CustodyRole.ACCOUNTABLE_OWNER),
                        owners),
                row(
                        "owner who left",
                        f -> f.secret("x").owner(f.person("Neil").departed(LEFT)),
                        owners,
                        "OWNER_GONE: The owner of x, Neil, left on 2025-06-30."),
                row(
                        "domain renewing and card expiring soon",
                        f -> {
                            f.asset("x", AssetSubtype.REGISTRAR).hosting(TODAY.plusDays(49), null);
                            f.asset("y", AssetSubtype.COMPANY_CARD).authority(null, TODAY.plusDays(1));
                        },
                        renewals,
                        "RENEWAL_DUE: x renews on 2026-07-20, in 49 days.",
                        "EXPIRY_DUE: y expires on 2026-06-02, tomorrow."),
                row(
                        "expiry already past and renewal far off",
                        f -> f.asset("x", AssetSubtype.DNS).hosting(TODAY.plusDays(61), TODAY.minusDays(3)),
                        renewals,
                        "EXPIRED: x expired on 2026-05-29."),
                row(
                        "key with a copy nobody holds",
                        f -> {
                            f.person("Ann").holds(f.key("x", 3, 1));
                        },
                        keys,
                        "KEY_COPIES_UNACCOUNTED: 1 copy of x (K-x) is out but nobody is recorded as holding it."),
                row(
                        "key whose copies are all held",
                        f -> {
                            f.person("Ann").holds(f.key("x", 3, 1)).copies(2);
                        },
                        keys),
                row(
                        "key held more than issued",
                        f -> {
                            f.person("Ann").holds(f.key("x", 1, 1));
                            f.person("Bob").holds(f.key("x", 1, 1)).until(LEFT, EndReason.RETURNED);
                        },
                        keys,
                        "KEY_COPIES_INCONSISTENT: More copies of x (K-x) are recorded as held than are out"
                                + " (0 issued and not returned)."));
    }

    private static Arguments row(
            String story, Consumer<Fixture> setUp, Function<Hygiene, List<HygieneFinding>> check, String... expected) {
        return Arguments.of(story, setUp, check, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void eachCheckReportsWhatItShouldInPlainWords(
            String story,
            Consumer<Fixture> setUp,
            Function<Hygiene, List<HygieneFinding>> check,
            List<String> expected) {
        Fixture f = new Fixture();
        setUp.accept(f);

        List<HygieneFinding> findings = check.apply(Hygiene.of(f.snapshot(), TODAY));

        assertEquals(
                expected,
                findings.stream().map(h -> h.type() + ": " + h.message()).toList(),
                story);
    }

    @Test
    void openTasksPastTheirDueDayAreReported() {
        DepartureId id = DepartureId.random();
        Departure departure = new Departure(
                id,
                Fixture.uuidPerson("Kevin"),
                DepartureType.RESIGNATION,
                DepartureMode.FRIENDLY,
                TODAY.minusDays(5),
                TODAY.minusDays(30),
                null);
        List<DepartureTask> tasks = List.of(
                task(id, 2, "Rotate Vault", TODAY.minusDays(5), TaskStatus.OPEN),
                task(id, 1, "Hand over Vault", TODAY.minusDays(6), TaskStatus.DONE),
                task(id, 3, "Watch for log-ins", TODAY.plusDays(85), TaskStatus.OPEN),
                task(id, 4, "Tell staff", null, TaskStatus.OPEN));

        List<HygieneFinding> findings = Hygiene.overdueTasks(departure, tasks, TODAY);

        assertEquals(
                List.of(
                        "Task 2 \"Rotate Vault\" was due on 2026-05-27 (5 days ago) and is still open.",
                        "Task 4 \"Tell staff\" was due on 2026-05-27 (5 days ago) and is still open."),
                findings.stream().map(HygieneFinding::message).toList());
    }

    @Test
    void allFindingsComeMostUrgentKindFirst() {
        Fixture f = new Fixture();
        f.secret("x").rotateEvery(30);
        f.person("Neil").departed(LEFT).holds(f.secret("x")).until(LEFT);
        f.person("Ann").holds(f.secret("x").critical());

        List<HygieneFindingType> types = Hygiene.of(f.snapshot(), TODAY).all().stream()
                .map(HygieneFinding::type)
                .toList();

        assertEquals(
                List.of(
                        HygieneFindingType.DEPARTED_STILL_KNOWS,
                        HygieneFindingType.SINGLE_CUSTODIAN,
                        HygieneFindingType.ROTATION_NEVER_RECORDED,
                        HygieneFindingType.NO_ACCOUNTABLE_OWNER),
                types);
    }

    private static DepartureTask task(
            DepartureId departure, int position, String title, LocalDate due, TaskStatus status) {
        return new DepartureTask(
                TaskId.random(),
                departure,
                position,
                DeparturePhase.ON_LAST_DAY,
                PlanSection.ACCESS,
                PlanAction.ROTATE_SECRET,
                null,
                title,
                null,
                null,
                due,
                status,
                null,
                null,
                status == TaskStatus.DONE ? TODAY.minusDays(6) : null,
                null);
    }
}
