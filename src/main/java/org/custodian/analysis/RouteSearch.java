package org.custodian.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custodian.model.AssetId;
import org.custodian.model.PersonId;

/**
 * Every independent route from a person to an asset: from each custody link they have (their own or
 * through a group), the shortest walk over grants to the asset, if there is one. The walks are separate,
 * so a route the single best path hides (an MFA device beside a chain of resets) still shows, and cutting
 * one route is not mistaken for the end of the exposure.
 *
 * <p>Built lazily per walk: for one person's exposure, one forward walk per first step serves every asset
 * they reach; for one asset's audience, one backward walk from the asset serves every person.
 */
final class RouteSearch implements Trace {
    private final AccessGraph graph;
    private final Map<Integer, List<Seed>> seedsOf = new HashMap<>();
    private final Map<Seed, int[]> forward = new HashMap<>();
    private int backwardTarget = -1;
    private int[] towardTarget;
    private final List<Seed> routeSeeds = new ArrayList<>();
    private final List<int[]> routeGrants = new ArrayList<>();

    RouteSearch(AccessGraph graph) {
        this.graph = graph;
    }

    List<Reach> routes(PersonId person, AssetId asset, ExposureLevel minimum, boolean manyAssets) {
        return routes(graph.personIndex(person), graph.assetIndex(asset), minimum, manyAssets);
    }

    /** Strongest first, then shortest; one per first step at {@code minimum} or above, each told once. */
    synchronized List<Reach> routes(int person, int asset, ExposureLevel minimum, boolean manyAssets) {
        List<Reach> routes = new ArrayList<>();
        for (Seed seed : seedsOf.computeIfAbsent(person, p -> SeedLinks.ofPerson(graph, p, true))) {
            int[] walk = seed.level().atLeast(minimum)
                    ? manyAssets ? forwardWalk(seed, asset) : backwardWalk(seed.asset(), asset)
                    : null;
            if (walk != null) {
                routeSeeds.add(seed);
                routeGrants.add(walk);
                routes.add(reach(routeSeeds.size() - 1, asset));
            }
        }
        routes.sort(Comparator.comparing(Reach::level).reversed().thenComparingInt(Reach::length));
        Set<String> told = new HashSet<>();
        routes.removeIf(route -> !told.add(route.sentence()));
        return routes;
    }

    /** Backtracks one breadth-first walk from the seed's asset, kept for the other assets it reaches. */
    private int[] forwardWalk(Seed seed, int to) {
        int from = seed.asset();
        if (from == to) {
            return new int[0];
        }
        int[] via = forward.computeIfAbsent(seed, s -> walkFrom(from));
        if (via[to] < 0) {
            return null;
        }
        List<Integer> backwards = new ArrayList<>();
        for (int asset = to; asset != from; asset = graph.grantSource[via[asset]]) {
            backwards.add(via[asset]);
        }
        int[] grants = new int[backwards.size()];
        for (int i = 0; i < grants.length; i++) {
            grants[i] = backwards.get(grants.length - 1 - i);
        }
        return grants;
    }

    private int[] walkFrom(int from) {
        int[] via = new int[graph.assets.length];
        Arrays.fill(via, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(from);
        while (!queue.isEmpty()) {
            int asset = queue.poll();
            for (int i = graph.grantsFrom.from(asset); i < graph.grantsFrom.to(asset); i++) {
                int grant = graph.grantsFrom.item(i);
                int target = graph.grantTarget[grant];
                if (target != from && via[target] < 0) {
                    via[target] = grant;
                    queue.add(target);
                }
            }
        }
        return via;
    }

    /** Follows one breadth-first walk back from the target, kept for every other seed. */
    private int[] backwardWalk(int from, int to) {
        if (from == to) {
            return new int[0];
        }
        if (backwardTarget != to) {
            towardTarget = walkTo(to);
            backwardTarget = to;
        }
        if (towardTarget[from] < 0) {
            return null;
        }
        List<Integer> grants = new ArrayList<>();
        for (int asset = from; asset != to; asset = graph.grantTarget[towardTarget[asset]]) {
            grants.add(towardTarget[asset]);
        }
        return grants.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[] walkTo(int to) {
        int[] next = new int[graph.assets.length];
        Arrays.fill(next, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(to);
        while (!queue.isEmpty()) {
            int asset = queue.poll();
            for (int i = graph.grantsTo.from(asset); i < graph.grantsTo.to(asset); i++) {
                int grant = graph.grantsTo.item(i);
                int source = graph.grantSource[grant];
                if (source != to && next[source] < 0) {
                    next[source] = grant;
                    queue.add(source);
                }
            }
        }
        return next;
    }

    private Reach reach(int key, int asset) {
        Seed seed = routeSeeds.get(key);
        int[] walk = routeGrants.get(key);
        Route route = walk.length > 0 ? Route.INDIRECT : seed.direct() ? Route.DIRECT : Route.THROUGH_GROUP;
        return new Reach(
                this,
                true,
                graph.people[seed.person()],
                graph.assets[asset],
                seed.level(),
                route,
                seed.length() + walk.length,
                this,
                key);
    }

    @Override
    public synchronized List<PathStep> steps(int key) {
        List<PathStep> steps = SeedLinks.steps(graph, routeSeeds.get(key));
        for (int grant : routeGrants.get(key)) {
            steps.add(GrantSteps.of(graph, grant));
        }
        return steps;
    }
}
