package org.custodian.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.custodian.model.Asset;
import org.custodian.model.Criticality;
import org.custodian.model.CustodyRole;
import org.custodian.model.Person;
import org.custodian.model.PersonStatus;

/** Findings about who holds what: gone people still exposed, recovery going astray, one-person assets, owners. */
final class PeopleHygiene {
    private final Reachability reachability;
    private final AccessGraph graph;
    private final LocalDate today;

    PeopleHygiene(Reachability reachability) {
        this.reachability = reachability;
        this.graph = reachability.graph();
        this.today = graph.asOf();
    }

    /** Direct and group reaches one by one; what those open through grants is counted in one more line. */
    List<HygieneFinding> departedWhoStillKnow() {
        List<HygieneFinding> findings = new ArrayList<>();
        for (Person person : graph.people) {
            if (!gone(person)) {
                continue;
            }
            int indirect = 0;
            for (Reach reach : reachability.exposureOf(person.id()).reaches()) {
                if (reach.route() == Route.INDIRECT) {
                    indirect++;
                    continue;
                }
                HygieneFindingType type = reach.level() == ExposureLevel.CAN_REACH_NOW
                        ? HygieneFindingType.DEPARTED_STILL_HOLDS
                        : HygieneFindingType.DEPARTED_STILL_KNOWS;
                findings.add(new HygieneFinding(
                        type, reach.asset().id(), person.id(), left(person) + ": " + reach.sentence()));
            }
            if (indirect > 0) {
                findings.add(new HygieneFinding(
                        HygieneFindingType.DEPARTED_STILL_KNOWS,
                        null,
                        person.id(),
                        left(person) + ": through what they hold or know they still reach " + indirect
                                + (indirect == 1 ? " more asset." : " more assets.")));
            }
        }
        return findings;
    }

    List<HygieneFinding> riskyRecoveryContacts() {
        Map<String, List<Person>> byContact = new HashMap<>();
        for (Person person : graph.people) {
            for (String contact : new String[] {person.workEmail(), person.personalContact()}) {
                for (String key : ContactMatch.keys(contact)) {
                    List<Person> owners = byContact.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!owners.contains(person)) {
                        owners.add(person);
                    }
                }
            }
        }
        List<HygieneFinding> findings = new ArrayList<>();
        for (Asset asset : graph.assets) {
            Set<Person> reported = new LinkedHashSet<>();
            for (Holding holding : reachability.holdersOf(asset.id())) {
                if (holding.role() == CustodyRole.RECOVERY_CONTACT
                        && holding.current()
                        && leavingOrGone(holding.person())
                        && reported.add(holding.person())) {
                    findings.add(new HygieneFinding(
                            recoveryType(holding.person()),
                            asset.id(),
                            holding.person().id(),
                            "The recovery contact of " + asset.name() + " is "
                                    + holding.person().name() + ", who " + leaves(holding.person()) + "."));
                }
            }
            for (String detail : new String[] {asset.recoveryEmail(), asset.recoveryPhone()}) {
                Set<Person> matches = new LinkedHashSet<>();
                ContactMatch.keys(detail).forEach(key -> matches.addAll(byContact.getOrDefault(key, List.of())));
                for (Person person : matches) {
                    if (leavingOrGone(person) && reported.add(person)) {
                        findings.add(new HygieneFinding(
                                recoveryType(person),
                                asset.id(),
                                person.id(),
                                "The recovery contact of " + asset.name() + " (" + detail + ")" + whose(detail, person)
                                        + ", who " + leaves(person) + "."));
                    } else if (ContactMatch.same(detail, person.personalContact()) && reported.add(person)) {
                        findings.add(new HygieneFinding(
                                HygieneFindingType.RECOVERY_TO_PERSONAL_ADDRESS,
                                asset.id(),
                                person.id(),
                                "The recovery contact of " + asset.name() + " (" + detail + ") is " + person.name()
                                        + "'s personal contact, not a company one."));
                    }
                }
            }
        }
        return findings;
    }

    /** Critical and high shared assets that exactly one person currently holds or backs up. */
    List<HygieneFinding> singleCustodians() {
        List<HygieneFinding> findings = new ArrayList<>();
        for (Asset asset : graph.assets) {
            if (asset.criticality().compareTo(Criticality.HIGH) < 0 || !TwoPersonRule.appliesTo(asset)) {
                continue;
            }
            Set<Person> holders = new LinkedHashSet<>();
            for (Holding holding : reachability.holdersOf(asset.id())) {
                if (holding.current()
                        && (holding.role() == CustodyRole.HOLDS || holding.role() == CustodyRole.BACKUP)) {
                    holders.add(holding.person());
                }
            }
            if (holders.size() == 1) {
                Person only = holders.iterator().next();
                findings.add(new HygieneFinding(
                        HygieneFindingType.SINGLE_CUSTODIAN,
                        asset.id(),
                        only.id(),
                        "Only " + only.name() + " holds " + asset.name() + " ("
                                + asset.criticality().label().toLowerCase(Locale.ROOT) + "): name a second holder."));
            }
        }
        return findings;
    }

    List<HygieneFinding> assetsWithoutOwner() {
        Set<Asset> accountable = new LinkedHashSet<>();
        for (int c = 0; c < graph.custody.length; c++) {
            if (graph.custody[c].role() == CustodyRole.ACCOUNTABLE_OWNER && graph.custodyUntil[c] > graph.today) {
                accountable.add(graph.assets[graph.custodyAsset[c]]);
            }
        }
        List<HygieneFinding> findings = new ArrayList<>();
        for (Asset asset : graph.assets) {
            Person owner =
                    asset.owner() == null ? null : graph.person(asset.owner()).orElse(null);
            if (owner == null && !accountable.contains(asset)) {
                findings.add(new HygieneFinding(
                        HygieneFindingType.NO_ACCOUNTABLE_OWNER,
                        asset.id(),
                        null,
                        asset.name() + " has no accountable owner."));
            } else if (owner != null && gone(owner)) {
                findings.add(new HygieneFinding(
                        HygieneFindingType.OWNER_GONE,
                        asset.id(),
                        owner.id(),
                        "The owner of " + asset.name() + ", " + owner.name() + ", " + leaves(owner) + "."));
            }
        }
        return findings;
    }

    /** Someone whose last day is still to come is leaving, not gone. */
    private HygieneFindingType recoveryType(Person person) {
        return gone(person) ? HygieneFindingType.RECOVERY_CONTACT_GONE : HygieneFindingType.RECOVERY_CONTACT_LEAVING;
    }

    /** " is the personal number of Neil" when it is their own address or number, else " belongs to Neil". */
    static String whose(String detail, Person person) {
        if (ContactMatch.same(detail, person.personalContact())) {
            return " is the personal " + (detail.contains("@") ? "address" : "number") + " of " + person.name();
        }
        return " belongs to " + person.name();
    }

    private boolean gone(Person person) {
        return person.status() == PersonStatus.DEPARTED
                || person.status() == PersonStatus.LEAVING && person.lastDay().isBefore(today);
    }

    private static boolean leavingOrGone(Person person) {
        return person.status() != PersonStatus.ACTIVE;
    }

    private String left(Person person) {
        return person.name() + " (" + leaves(person) + ")";
    }

    private String leaves(Person person) {
        if (person.status() == PersonStatus.DEPARTED) {
            return "left on " + person.departedOn();
        }
        return person.lastDay().isBefore(today)
                ? "left on " + person.lastDay() + " but is not marked departed"
                : "leaves on " + person.lastDay();
    }
}
