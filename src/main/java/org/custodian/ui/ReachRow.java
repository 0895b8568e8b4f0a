package org.custodian.ui;

import java.util.List;
import org.custodian.analysis.OrganisationReach;
import org.custodian.analysis.Reach;
import org.custodian.model.Person;

/** One reach as screens show it: level, the other end (asset or person), route, and the path as steps. */
public record ReachRow(String level, String name, String route, List<String> steps) {
    public static ReachRow ofAsset(Reach reach) {
        return new ReachRow(
                reach.level().label(), reach.asset().name(), reach.route().label(), steps(reach));
    }

    public static ReachRow ofPerson(Reach reach) {
        return new ReachRow(
                reach.level().label(), reach.person().name(), reach.route().label(), steps(reach));
    }

    /** What an organisation reaches: the asset, and through which of its people when more than one. */
    public static ReachRow ofOrganisation(OrganisationReach reach) {
        Reach best = reach.best();
        String through = reach.through().size() > 1
                ? " (through "
                        + String.join(
                                ", ", reach.through().stream().map(Person::name).toList()) + ")"
                : "";
        return new ReachRow(
                best.level().label(),
                best.asset().name() + through,
                best.route().label(),
                steps(best));
    }

    private static List<String> steps(Reach reach) {
        return reach.path().stream().map(Wording::step).toList();
    }
}
