package org.custodian.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.custodian.model.Asset;
import org.custodian.model.CustodyRole;
import org.custodian.model.DepartureMode;
import org.custodian.model.DepartureType;
import org.custodian.model.Leaver;
import org.custodian.model.NotFoundException;
import org.custodian.model.OrganisationId;
import org.custodian.model.Person;
import org.custodian.model.PersonId;

/** Everything the task writers share: who is leaving, what they reach and hold, and the dates. */
final class PlanContext {
    final Reachability reachability;
    final AccessGraph graph;
    final Leaver leaver;
    final String leaverName;
    final List<Person> people;
    final DepartureType type;
    final DepartureMode mode;
    final LocalDate lastDay;
    final LocalDate today;
    final List<OrganisationReach> exposed;
    final List<Holding> holdings;
    private final Set<PersonId> leaving = new HashSet<>();
    private final Set<String> leavingContacts = new HashSet<>();

    PlanContext(Reachability reachability, Leaver leaver, DepartureType type, DepartureMode mode, LocalDate lastDay) {
        this.reachability = reachability;
        this.graph = reachability.graph();
        this.leaver = leaver;
        this.type = type;
        this.mode = mode;
        this.lastDay = lastDay;
        this.today = graph.asOf();
        if (leaver instanceof OrganisationId organisation) {
            leaverName = graph.organisation(organisation)
                    .orElseThrow(() -> new NotFoundException("That organisation is not in the inventory."))
                    .name();
            people = reachability.peopleOf(organisation);
        } else {
            PersonId person = (PersonId) leaver;
            people = List.of(graph.person(person)
                    .orElseThrow(() -> new NotFoundException("That person is not in the inventory.")));
            leaverName = people.get(0).name();
        }
        for (Person person : people) {
            leaving.add(person.id());
            leavingContacts.addAll(ContactMatch.keys(person.workEmail()));
            leavingContacts.addAll(ContactMatch.keys(person.personalContact()));
        }
        this.exposed = unionOfExposures();
        this.holdings = new ArrayList<>();
        people.forEach(p -> holdings.addAll(reachability.holdingsOf(p.id())));
    }

    boolean isLeaving(Person person) {
        return isLeaving(person.id());
    }

    boolean isLeaving(PersonId person) {
        return leaving.contains(person);
    }

    boolean hostile() {
        return mode == DepartureMode.HOSTILE;
    }

    LocalDate beforeLastDay() {
        LocalDate dayBefore = lastDay.minusDays(1);
        return dayBefore.isAfter(today) ? dayBefore : today;
    }

    LocalDate onLastDay() {
        return lastDay.isAfter(today) ? lastDay : today;
    }

    LocalDate atLeastToday(LocalDate day) {
        return day.isAfter(today) ? day : today;
    }

    /** Whether the asset's recovery email or phone is one of the leavers' addresses or numbers. */
    boolean recoveryPointsAtLeaver(Asset asset) {
        for (String detail : new String[] {asset.recoveryEmail(), asset.recoveryPhone()}) {
            if (detail != null && ContactMatch.keys(detail).stream().anyMatch(leavingContacts::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Which recovery detail is a leaver's, and whether it is their personal one, as a sentence. */
    String recoveryDetailSentence(Asset asset) {
        for (String detail : new String[] {asset.recoveryEmail(), asset.recoveryPhone()}) {
            for (Person person : people) {
                if (detail != null
                        && (ContactMatch.same(detail, person.workEmail())
                                || ContactMatch.same(detail, person.personalContact()))) {
                    String which = detail.equals(asset.recoveryEmail()) ? "email" : "phone";
                    return "Its recovery " + which + " (" + detail + ")" + PeopleHygiene.whose(detail, person) + ".";
                }
            }
        }
        return "Its recovery email or phone belongs to " + leaverName + ".";
    }

    /** People who stay and currently hold or back up the asset (directly or through a group), by name. */
    List<String> otherHolders(Asset asset) {
        List<String> names = new ArrayList<>();
        for (Holding holding : reachability.holdersOf(asset.id())) {
            boolean holds = holding.role() == CustodyRole.HOLDS || holding.role() == CustodyRole.BACKUP;
            if (holds
                    && holding.current()
                    && !isLeaving(holding.person())
                    && !names.contains(holding.person().name())) {
                names.add(holding.person().name());
            }
        }
        return names;
    }

    /** Whether nobody who stays currently holds or backs up the asset. */
    boolean onlyLeaversHold(Asset asset) {
        return otherHolders(asset).isEmpty();
    }

    /** The asset's owner (or accountable owner) if they stay, else null: who receives a secret nobody else holds. */
    String ownerWhoStays(Asset asset) {
        if (asset.owner() != null && !isLeaving(asset.owner())) {
            return graph.person(asset.owner()).map(Person::name).orElse(null);
        }
        for (Holding holding : reachability.holdersOf(asset.id())) {
            if (holding.role() == CustodyRole.ACCOUNTABLE_OWNER && holding.current() && !isLeaving(holding.person())) {
                return holding.person().name();
            }
        }
        return null;
    }

    /** The leaving people who currently hold the asset, by name; the leaver's name if none does. */
    List<String> leavingHolders(Asset asset) {
        List<String> names = new ArrayList<>();
        for (Holding holding : reachability.holdersOf(asset.id())) {
            boolean holds = holding.role() == CustodyRole.HOLDS || holding.role() == CustodyRole.BACKUP;
            if (holds
                    && holding.current()
                    && isLeaving(holding.person())
                    && !names.contains(holding.person().name())) {
                names.add(holding.person().name());
            }
        }
        return names.isEmpty() ? List.of(leaverName) : names;
    }

    /** "Ann", "Ann and Bob", "Ann, Bob and Cat". */
    static String and(List<String> names) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private List<OrganisationReach> unionOfExposures() {
        if (leaver instanceof OrganisationId organisation) {
            return reachability.exposureOf(organisation).reaches();
        }
        Person person = people.get(0);
        return reachability.exposureOf(person.id()).reaches().stream()
                .map(reach -> new OrganisationReach(reach, List.of(person)))
                .toList();
    }
}
