package org.custodian.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.custodian.analysis.MembershipWindows.Window;

/**
 * Everyone who reaches one asset: a breadth-first walk backwards over grants finds every asset that leads
 * to it and how far, then the custody links on those assets name the people, keeping each person's best.
 */
final class ReverseSearch implements Trace {
    private final AccessGraph graph;
    private final int target;
    private final ExposureLevel minimum;
    private final int[] distance;
    private final int[] towards;
    private final ExposureLevel[] bestLevel;
    private final int[] bestLength;
    private final int[] bestCustody;
    private final int[] bestEnd;
    private final Window[] bestWindow;
    private final RouteSearch routeSearch;

    private ReverseSearch(AccessGraph graph, int target, ExposureLevel minimum) {
        this.graph = graph;
        this.routeSearch = new RouteSearch(graph);
        this.target = target;
        this.minimum = minimum;
        distance = new int[graph.assets.length];
        towards = new int[graph.assets.length];
        int people = graph.people.length;
        bestLevel = new ExposureLevel[people];
        bestLength = new int[people];
        bestCustody = new int[people];
        bestEnd = new int[people];
        bestWindow = new Window[people];
        Arrays.fill(distance, -1);
    }

    static ReverseSearch run(AccessGraph graph, int target, ExposureLevel minimum) {
        ReverseSearch search = new ReverseSearch(graph, target, minimum);
        GroupCustody byGroup = new GroupCustody(graph);
        for (int asset : search.assetsLeadingToTarget()) {
            int distance = search.distance[asset];
            for (int i = graph.custodyByAsset.from(asset); i < graph.custodyByAsset.to(asset); i++) {
                int custody = graph.custodyByAsset.item(i);
                int person = graph.custodyPerson[custody];
                if (person >= 0) {
                    SeedLinks.visit(
                            graph,
                            person,
                            custody,
                            null,
                            true,
                            (p, c, w, level, length, end) ->
                                    search.consider(p, c, w, level, length + distance, distance, end));
                } else if (AccessGraph.confersAccess(graph.custody[custody].role())) {
                    byGroup.add(graph.custodyGroup[custody], custody, distance);
                }
            }
        }
        byGroup.forEachGroup(search::throughGroup);
        return search;
    }

    /**
     * Members with a current window get the group's nearest current custody, which no other custody of the
     * group can beat; only former members need every custody weighed, as each ends differently.
     */
    private void throughGroup(int group, int[] custodies, int[] distances, int count) {
        int nearestCurrent = -1;
        for (int e = 0; e < count && nearestCurrent < 0; e++) {
            if (graph.custodyUntil[custodies[e]] > graph.today) {
                nearestCurrent = e;
            }
        }
        for (Window window : graph.windows.ofGroup(group)) {
            if (nearestCurrent >= 0 && window.end > graph.today) {
                int custody = custodies[nearestCurrent];
                consider(
                        window.person,
                        custody,
                        window,
                        ExposureLevel.CAN_REACH_NOW,
                        window.hops + 1 + distances[nearestCurrent],
                        distances[nearestCurrent],
                        Math.min(window.end, graph.custodyUntil[custody]));
                continue;
            }
            for (int e = 0; e < count; e++) {
                int distance = distances[e];
                SeedLinks.visit(
                        graph,
                        window.person,
                        custodies[e],
                        window,
                        true,
                        (p, c, w, level, length, end) -> consider(p, c, w, level, length + distance, distance, end));
            }
        }
    }

    private int[] assetsLeadingToTarget() {
        int[] queue = new int[graph.assets.length];
        int queued = 0;
        queue[queued++] = target;
        distance[target] = 0;
        for (int q = 0; q < queued; q++) {
            int asset = queue[q];
            for (int i = graph.grantsTo.from(asset); i < graph.grantsTo.to(asset); i++) {
                int grant = graph.grantsTo.item(i);
                int source = graph.grantSource[grant];
                if (distance[source] < 0) {
                    distance[source] = distance[asset] + 1;
                    towards[source] = grant;
                    queue[queued++] = source;
                }
            }
        }
        return Arrays.copyOf(queue, queued);
    }

    /**
     * Keeps the strongest level, then the shortest path; on a tie, custody of the asset itself wins over a
     * path through grants, as it does in the forward walk, so both name the same route.
     */
    private void consider(
            int person, int custody, Window window, ExposureLevel level, int length, int distance, int end) {
        if (!level.atLeast(minimum)) {
            return;
        }
        ExposureLevel current = bestLevel[person];
        int byLevel = current == null ? 1 : level.compareTo(current);
        boolean better = byLevel > 0
                || byLevel == 0
                        && (length < bestLength[person]
                                || length == bestLength[person]
                                        && distance == 0
                                        && graph.custodyAsset[bestCustody[person]] != target);
        if (better) {
            bestLevel[person] = level;
            bestLength[person] = length;
            bestCustody[person] = custody;
            bestWindow[person] = window;
            bestEnd[person] = end;
        }
    }

    /** Reaches strongest level first, then in person name order. */
    List<Reach> reaches() {
        List<Reach> reaches = new ArrayList<>();
        ExposureLevel[] levels = ExposureLevel.values();
        for (int l = levels.length - 1; l >= 0; l--) {
            for (int person = 0; person < bestLevel.length; person++) {
                if (bestLevel[person] == levels[l]) {
                    reaches.add(reach(person));
                }
            }
        }
        return reaches;
    }

    private Reach reach(int person) {
        int seedAsset = graph.custodyAsset[bestCustody[person]];
        Route route =
                seedAsset != target ? Route.INDIRECT : bestWindow[person] == null ? Route.DIRECT : Route.THROUGH_GROUP;
        return new Reach(
                routeSearch,
                false,
                graph.people[person],
                graph.assets[target],
                bestLevel[person],
                route,
                bestLength[person],
                this,
                person);
    }

    @Override
    public List<PathStep> steps(int person) {
        int custody = bestCustody[person];
        Window window = bestWindow[person];
        int seedAsset = graph.custodyAsset[custody];
        int seedLength = 1 + (window == null ? 0 : window.hops);
        Seed seed = new Seed(person, seedAsset, custody, window, bestLevel[person], seedLength, bestEnd[person]);
        List<PathStep> steps = SeedLinks.steps(graph, seed);
        for (int asset = seedAsset; asset != target; asset = graph.grantTarget[towards[asset]]) {
            steps.add(GrantSteps.of(graph, towards[asset]));
        }
        return steps;
    }
}
