package org.custodian.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The order in which to change a set of assets so that nothing changed early can be reset from something
 * changed later: grants among the set are ordered upstream first. Assets that reach each other (a strongly
 * connected component, found with Tarjan's algorithm) are one step and must change together. Among steps
 * that are free to go, the most critical goes first, then the one opening most of the set, then by name.
 */
final class UpstreamOrder {
    private static final int EXACT_COUNT_LIMIT = 4096;

    private final int[] assets;
    private final int[] rank;
    private final int[] component;
    private final List<int[]> members;
    private final Adjacency upstream;
    private final int[] edgeSource;

    private UpstreamOrder(
            int[] assets, int[] rank, int[] component, List<int[]> members, Adjacency upstream, int[] edgeSource) {
        this.assets = assets;
        this.rank = rank;
        this.component = component;
        this.members = members;
        this.upstream = upstream;
        this.edgeSource = edgeSource;
    }

    /** Orders the given assets (graph indices in name order, no repeats) by the grants among them. */
    static UpstreamOrder of(AccessGraph graph, int[] assets) {
        int n = assets.length;
        int[] local = new int[graph.assets.length];
        Arrays.fill(local, -1);
        for (int i = 0; i < n; i++) {
            local[assets[i]] = i;
        }
        List<int[]> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int p = graph.grantsFrom.from(assets[i]); p < graph.grantsFrom.to(assets[i]); p++) {
                int target = local[graph.grantTarget[graph.grantsFrom.item(p)]];
                if (target >= 0 && target != i) {
                    edges.add(new int[] {i, target});
                }
            }
        }
        int[] source = edges.stream().mapToInt(e -> e[0]).toArray();
        int[] target = edges.stream().mapToInt(e -> e[1]).toArray();
        Adjacency downstream = Adjacency.group(n, source);
        Adjacency upstream = Adjacency.group(n, target);
        int[] component = StrongComponents.of(n, downstream, target);
        int components = Arrays.stream(component).max().orElse(-1) + 1;
        List<int[]> members = membersOf(component, components);
        int[] criticality = new int[components];
        for (int i = 0; i < n; i++) {
            criticality[component[i]] = Math.max(
                    criticality[component[i]],
                    graph.assets[assets[i]].criticality().ordinal());
        }
        long[] opens = downstreamCounts(components, members, downstream, target, component);
        int[] rank =
                rankByKahn(n, components, members, downstream, target, component, criticality, opens, graph, assets);
        return new UpstreamOrder(assets, rank, component, members, upstream, source);
    }

    /** Position of the i-th asset in the order (0 first); members of one component are consecutive. */
    int rank(int i) {
        return rank[i];
    }

    /** How many other assets must change together with the i-th one (0 when it is on no cycle). */
    int changedTogetherCount(int i) {
        return members.get(component[i]).length - 1;
    }

    /** Up to {@code limit} of the other assets (graph indices, in name order) that must change with the i-th one. */
    int[] changedTogetherWith(int i, int limit) {
        return Arrays.stream(members.get(component[i]))
                .filter(m -> m != i)
                .limit(limit)
                .map(m -> assets[m])
                .toArray();
    }

    /** Every asset (local index) from which one of the marked ones can be reached, the marked included. */
    BitSet upstreamOf(BitSet marked) {
        BitSet reached = (BitSet) marked.clone();
        int[] queue = marked.stream().toArray();
        int[] grown = Arrays.copyOf(queue, assets.length);
        int queued = queue.length;
        for (int q = 0; q < queued; q++) {
            int node = grown[q];
            for (int p = upstream.from(node); p < upstream.to(node); p++) {
                int from = edgeSource[upstream.item(p)];
                if (!reached.get(from)) {
                    reached.set(from);
                    grown[queued++] = from;
                }
            }
        }
        return reached;
    }

    private static List<int[]> membersOf(int[] component, int components) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int c = 0; c < components; c++) {
            lists.add(new ArrayList<>(1));
        }
        for (int i = 0; i < component.length; i++) {
            lists.get(component[i]).add(i);
        }
        return lists.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toList();
    }

    /**
     * How many assets of the set each component opens downstream. Tarjan numbers components sinks first,
     * so one pass in that order sees every successor finished. Exact up to a few thousand components; above
     * that an upper bound (shared descendants counted once per path) keeps memory linear.
     */
    private static long[] downstreamCounts(
            int components, List<int[]> members, Adjacency downstream, int[] target, int[] component) {
        long[] counts = new long[components];
        boolean exact = components <= EXACT_COUNT_LIMIT;
        BitSet[] below = exact ? new BitSet[components] : null;
        for (int c = 0; c < components; c++) {
            BitSet reach = exact ? new BitSet(components) : null;
            long bound = 0;
            for (int node : members.get(c)) {
                for (int p = downstream.from(node); p < downstream.to(node); p++) {
                    int next = component[target[downstream.item(p)]];
                    if (next == c) {
                        continue;
                    }
                    if (exact) {
                        reach.set(next);
                        reach.or(below[next]);
                    } else {
                        bound += members.get(next).length + counts[next];
                    }
                }
            }
            if (exact) {
                below[c] = reach;
                counts[c] = reach.stream().mapToLong(r -> members.get(r).length).sum();
            } else {
                counts[c] = Math.min(bound, component.length);
            }
        }
        return counts;
    }

    private static int[] rankByKahn(
            int n,
            int components,
            List<int[]> members,
            Adjacency downstream,
            int[] target,
            int[] component,
            int[] criticality,
            long[] opens,
            AccessGraph graph,
            int[] assets) {
        int[] waiting = new int[components];
        for (int node = 0; node < n; node++) {
            for (int p = downstream.from(node); p < downstream.to(node); p++) {
                int next = component[target[downstream.item(p)]];
                if (next != component[node]) {
                    waiting[next]++;
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>((a, b) -> {
            int byCriticality = Integer.compare(criticality[b], criticality[a]);
            if (byCriticality != 0) {
                return byCriticality;
            }
            int byOpens = Long.compare(opens[b], opens[a]);
            return byOpens != 0 ? byOpens : Integer.compare(members.get(a)[0], members.get(b)[0]);
        });
        for (int c = 0; c < components; c++) {
            if (waiting[c] == 0) {
                ready.add(c);
            }
        }
        int[] rank = new int[n];
        int next = 0;
        while (!ready.isEmpty()) {
            int c = ready.poll();
            int[] inOrder = Arrays.stream(members.get(c))
                    .boxed()
                    .sorted((a, b) -> {
                        int byCriticality =
                                graph.assets[assets[b]].criticality().compareTo(graph.assets[assets[a]].criticality());
                        return byCriticality != 0 ? byCriticality : Integer.compare(a, b);
                    })
                    .mapToInt(Integer::intValue)
                    .toArray();
            for (int node : inOrder) {
                rank[node] = next++;
                for (int p = downstream.from(node); p < downstream.to(node); p++) {
                    int after = component[target[downstream.item(p)]];
                    if (after != c && --waiting[after] == 0) {
                        ready.add(after);
                    }
                }
            }
        }
        return rank;
    }
}
