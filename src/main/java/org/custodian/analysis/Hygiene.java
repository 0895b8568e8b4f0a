package org.custodian.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.custodian.model.Departure;
import org.custodian.model.DepartureTask;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.PersonId;
import org.custodian.model.TaskStatus;

/**
 * The checks the dashboard keeps in view, each a small function over the inventory as it stands on one
 * day. Findings come in a fixed order: by check, then by asset or person name.
 */
public final class Hygiene {
    /** How far ahead renewals and expiries are shown unless told otherwise. */
    public static final int RENEWAL_WINDOW_DAYS = 60;

    private final Reachability reachability;
    private final PeopleHygiene people;
    private final AssetHygiene assets;

    public Hygiene(Reachability reachability) {
        this(reachability, RENEWAL_WINDOW_DAYS);
    }

    /** With renewals and expiries shown {@code renewalWindowDays} ahead. */
    public Hygiene(Reachability reachability, int renewalWindowDays) {
        if (renewalWindowDays < 0) {
            throw new IllegalArgumentException("The renewal window cannot be negative");
        }
        this.reachability = Objects.requireNonNull(reachability, "reachability");
        this.people = new PeopleHygiene(reachability);
        this.assets = new AssetHygiene(reachability.graph(), renewalWindowDays);
    }

    public static Hygiene of(InventorySnapshot snapshot, LocalDate today) {
        return new Hygiene(Reachability.of(snapshot, today));
    }

    public static Hygiene of(InventorySnapshot snapshot, LocalDate today, int renewalWindowDays) {
        return new Hygiene(Reachability.of(snapshot, today), renewalWindowDays);
    }

    public LocalDate today() {
        return reachability.graph().asOf();
    }

    /** Every check, most urgent kinds first. */
    public List<HygieneFinding> all() {
        List<HygieneFinding> findings = new ArrayList<>();
        findings.addAll(departedWhoStillKnow());
        findings.addAll(riskyRecoveryContacts());
        findings.addAll(singleCustodians());
        findings.addAll(nobodyHolds());
        findings.addAll(keysWithUnaccountedCopies());
        findings.addAll(upcomingRenewals());
        findings.addAll(overdueRotations());
        findings.addAll(assetsWithoutOwner());
        findings.sort(Comparator.comparing(HygieneFinding::type));
        return findings;
    }

    /** Departed people (or leaving ones past their last day) who still hold something or still know it. */
    public List<HygieneFinding> departedWhoStillKnow() {
        return people.departedWhoStillKnow();
    }

    /** Recovery contacts (custody or recovery email/phone) that are leaving or gone, or someone's personal contact. */
    public List<HygieneFinding> riskyRecoveryContacts() {
        return people.riskyRecoveryContacts();
    }

    /**
     * Critical and high assets with exactly one current holder. Things personal by design (a personal
     * account or alarm code, a badge, a card, an allow-list rule) are left out.
     */
    public List<HygieneFinding> singleCustodians() {
        return people.singleCustodians();
    }

    /**
     * Assets with no current custody row at all (an import may bring such an asset in), unless disabled or
     * revoked: whoever knows or has it is not on record, so nobody would be asked to hand it over.
     */
    public List<HygieneFinding> nobodyHolds() {
        return assets.nobodyHolds();
    }

    /** No owner and no accountable-owner custody, or an owner who has left. */
    public List<HygieneFinding> assetsWithoutOwner() {
        return people.assetsWithoutOwner();
    }

    /** Rotations older than the asset's interval, and intervals with no rotation ever recorded. */
    public List<HygieneFinding> overdueRotations() {
        return assets.overdueRotations();
    }

    /** Hosting and purchasing renewals and expiries within the window (60 days unless told), and past expiries. */
    public List<HygieneFinding> upcomingRenewals() {
        return assets.upcomingRenewals();
    }

    /** Keys whose copies out are more (or fewer) than the copies current holders have. */
    public List<HygieneFinding> keysWithUnaccountedCopies() {
        return assets.keysWithUnaccountedCopies();
    }

    /** Open tasks past their due day (or, without one, past the departure's last day), in plan order. */
    public static List<HygieneFinding> overdueTasks(Departure departure, List<DepartureTask> tasks, LocalDate today) {
        PersonId person = departure.leaver() instanceof PersonId id ? id : null;
        List<HygieneFinding> findings = new ArrayList<>();
        tasks.stream().sorted(Comparator.comparingInt(DepartureTask::position)).forEach(task -> {
            LocalDate due = task.due() != null ? task.due() : departure.lastDay();
            if (task.status() == TaskStatus.OPEN && due.isBefore(today)) {
                long late = ChronoUnit.DAYS.between(due, today);
                findings.add(new HygieneFinding(
                        HygieneFindingType.TASK_OVERDUE,
                        task.asset(),
                        person,
                        "Task " + task.position() + " \"" + task.title() + "\" was due on " + due + " (" + late
                                + (late == 1 ? " day" : " days") + " ago) and is still open."));
            }
        });
        return findings;
    }
}
