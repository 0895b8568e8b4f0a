package org.custodian.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every independent route from one person to one asset: from each custody link they have (their own or
 * through a group), the shortest walk over grants to the asset, if there is one. The walks are separate,
 * so a route the single best path hides (an MFA device beside a chain of resets) still shows, and cutting
 * one route is not mistaken for the end of the exposure.
 */
final class RouteSearch implements Trace {
    private final AccessGraph graph;
    private final List<Seed> seeds = new ArrayList<>();
    private final List<int[]> grants = new ArrayList<>();

    private RouteSearch(AccessGraph graph) {
        this.graph = graph;
    }

    /** Strongest first, then shortest; one per first step, routes that read the same told once. */
    static List<Reach> routes(AccessGraph graph, int person, int asset, ExposureLevel minimum) {
        RouteSearch search = new RouteSearch(graph);
        List<Reach> routes = new ArrayList<>();
        for (Seed seed : SeedLinks.ofPerson(graph, person, true)) {
            int[] walk = seed.level().atLeast(minimum) ? search.walk(seed.asset(), asset) : null;
            if (walk != null) {
                search.seeds.add(seed);
                search.grants.add(walk);
                routes.add(search.reach(search.seeds.size() - 1, asset));
            }
        }
        routes.sort(Comparator.comparing(Reach::level).reversed().thenComparingInt(Reach::length));
        Set<String> told = new HashSet<>();
        routes.removeIf(route -> !told.add(route.sentence()));
        return routes;
    }

    /** The grants of a shortest walk from one asset to another, in order; null when there is none. */
    private int[] walk(int from, int to) {
        if (from == to) {
            return new int[0];
        }
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
                    if (target == to) {
                        return path(via, from, to);
                    }
                    queue.add(target);
                }
            }
        }
        return null;
    }

    private int[] path(int[] via, int from, int to) {
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

    private Reach reach(int key, int asset) {
        Seed seed = seeds.get(key);
        int[] walk = grants.get(key);
        Route route = walk.length > 0 ? Route.INDIRECT : seed.direct() ? Route.DIRECT : Route.THROUGH_GROUP;
        return new Reach(
                graph,
                graph.people[seed.person()],
                graph.assets[asset],
                seed.level(),
                route,
                seed.length() + walk.length,
                this,
                key);
    }

    @Override
    public List<PathStep> steps(int key) {
        List<PathStep> steps = SeedLinks.steps(graph, seeds.get(key));
        for (int grant : grants.get(key)) {
            steps.add(GrantSteps.of(graph, grant));
        }
        return steps;
    }
}
