package org.custodian.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything one person (or a group of people walked at once) reaches: a breadth-first walk over grants
 * from the assets they hold, strongest level first, so each asset keeps the best level and, within it,
 * the shortest path. Each asset remembers whose custody its path starts from.
 */
final class ForwardSearch implements Trace {
    private final AccessGraph graph;
    private final byte[] levelOf;
    private final int[] personOf;
    private final int[] lengthOf;
    private final int[] viaGrant;
    private final Seed[] seedOf;
    private final int[] queue;
    private final RouteSearch routeSearch;
    private int queued;

    private ForwardSearch(AccessGraph graph) {
        this.graph = graph;
        int assets = graph.assets.length;
        levelOf = new byte[assets];
        personOf = new int[assets];
        lengthOf = new int[assets];
        viaGrant = new int[assets];
        seedOf = new Seed[assets];
        queue = new int[assets];
        routeSearch = new RouteSearch(graph);
    }

    static ForwardSearch run(AccessGraph graph, int person, ExposureLevel minimum) {
        return run(graph, new int[] {person}, minimum);
    }

    /** One walk from everyone's custody together: per asset, the best reach among all of them. */
    static ForwardSearch run(AccessGraph graph, int[] people, ExposureLevel minimum) {
        ForwardSearch search = new ForwardSearch(graph);
        List<Seed> seeds = new ArrayList<>();
        for (int person : people) {
            seeds.addAll(SeedLinks.ofPerson(graph, person, true));
        }
        ExposureLevel[] levels = ExposureLevel.values();
        for (int l = levels.length - 1; l >= minimum.ordinal(); l--) {
            ExposureLevel level = levels[l];
            List<Seed> atLevel = new ArrayList<>();
            for (Seed seed : seeds) {
                if (seed.level() == level) {
                    atLevel.add(seed);
                }
            }
            atLevel.sort(Comparator.comparingInt(Seed::length));
            search.walk(atLevel, level);
        }
        return search;
    }

    private void walk(List<Seed> seeds, ExposureLevel level) {
        byte mark = (byte) (level.ordinal() + 1);
        int next = 0;
        int layerStart = queued;
        int length = seeds.isEmpty() ? 0 : seeds.get(0).length();
        while (true) {
            while (next < seeds.size() && seeds.get(next).length() == length) {
                plant(seeds.get(next++), mark);
            }
            if (layerStart == queued) {
                if (next == seeds.size()) {
                    return;
                }
                length = seeds.get(next).length();
                continue;
            }
            int layerEnd = queued;
            for (int q = layerStart; q < layerEnd; q++) {
                int asset = queue[q];
                for (int i = graph.grantsFrom.from(asset); i < graph.grantsFrom.to(asset); i++) {
                    int grant = graph.grantsFrom.item(i);
                    int target = graph.grantTarget[grant];
                    if (levelOf[target] == 0) {
                        levelOf[target] = mark;
                        lengthOf[target] = length + 1;
                        viaGrant[target] = grant;
                        personOf[target] = personOf[asset];
                        queue[queued++] = target;
                    }
                }
            }
            layerStart = layerEnd;
            length++;
        }
    }

    /** A seed takes an unvisited asset, or replaces a grant path of the same level and length. */
    private void plant(Seed seed, byte mark) {
        int asset = seed.asset();
        if (levelOf[asset] == 0) {
            levelOf[asset] = mark;
            lengthOf[asset] = seed.length();
            queue[queued++] = asset;
            seedOf[asset] = seed;
            viaGrant[asset] = -1;
            personOf[asset] = seed.person();
        } else if (levelOf[asset] == mark && seedOf[asset] == null && lengthOf[asset] == seed.length()) {
            seedOf[asset] = seed;
            viaGrant[asset] = -1;
            personOf[asset] = seed.person();
        }
    }

    /** Reaches strongest level first, then in asset name order. */
    List<Reach> reaches() {
        List<Reach> reaches = new ArrayList<>(queued);
        ExposureLevel[] levels = ExposureLevel.values();
        for (int l = levels.length - 1; l >= 0; l--) {
            byte mark = (byte) (l + 1);
            for (int asset = 0; asset < levelOf.length; asset++) {
                if (levelOf[asset] == mark) {
                    reaches.add(reach(asset, levels[l]));
                }
            }
        }
        return reaches;
    }

    /** Whether the walk reached the asset at any level. */
    boolean reached(int asset) {
        return levelOf[asset] != 0;
    }

    private Reach reach(int asset, ExposureLevel level) {
        Seed seed = seedOf[asset];
        Route route = seed == null ? Route.INDIRECT : seed.direct() ? Route.DIRECT : Route.THROUGH_GROUP;
        return new Reach(
                routeSearch,
                true,
                graph.people[personOf[asset]],
                graph.assets[asset],
                level,
                route,
                lengthOf[asset],
                this,
                asset);
    }

    @Override
    public List<PathStep> steps(int asset) {
        List<Integer> grants = new ArrayList<>();
        int current = asset;
        while (seedOf[current] == null) {
            grants.add(viaGrant[current]);
            current = graph.grantSource[viaGrant[current]];
        }
        List<PathStep> steps = SeedLinks.steps(graph, seedOf[current]);
        for (int i = grants.size() - 1; i >= 0; i--) {
            steps.add(GrantSteps.of(graph, grants.get(i)));
        }
        return steps;
    }
}
