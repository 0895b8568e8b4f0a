package org.custodian.ui;

import java.util.List;
import org.custodian.analysis.Reach;

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

    private static List<String> steps(Reach reach) {
        return reach.path().stream().map(Wording::step).toList();
    }
}
