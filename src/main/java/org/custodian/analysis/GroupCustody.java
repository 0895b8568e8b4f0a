package org.custodian.analysis;

import java.util.Arrays;

/** Group-held custody met during a walk, gathered per group in the order met, without boxing. */
final class GroupCustody {
    /** Receives one group's custody numbers and their distances, in the order they were added. */
    @FunctionalInterface
    interface Consumer {
        void accept(int group, int[] custodies, int[] distances, int count);
    }

    private final int[][] custodies;
    private final int[][] distances;
    private final int[] counts;

    GroupCustody(AccessGraph graph) {
        int groups = graph.groups.length;
        custodies = new int[groups][];
        distances = new int[groups][];
        counts = new int[groups];
    }

    void add(int group, int custody, int distance) {
        if (custodies[group] == null) {
            custodies[group] = new int[4];
            distances[group] = new int[4];
        } else if (counts[group] == custodies[group].length) {
            custodies[group] = Arrays.copyOf(custodies[group], counts[group] * 2);
            distances[group] = Arrays.copyOf(distances[group], counts[group] * 2);
        }
        custodies[group][counts[group]] = custody;
        distances[group][counts[group]++] = distance;
    }

    void forEachGroup(Consumer consumer) {
        for (int group = 0; group < counts.length; group++) {
            if (counts[group] > 0) {
                consumer.accept(group, custodies[group], distances[group], counts[group]);
            }
        }
    }
}
