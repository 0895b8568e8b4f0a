package org.custodian.analysis;

/**
 * Compressed rows (CSR): for each node, a contiguous run of item numbers. Items keep the order they
 * were given in, so walks over it are deterministic without sorting at query time.
 */
final class Adjacency {
    private final int[] start;
    private final int[] items;

    private Adjacency(int[] start, int[] items) {
        this.start = start;
        this.items = items;
    }

    /** Groups items 0..keys.length-1 by their key; a negative key leaves the item out. */
    static Adjacency group(int nodeCount, int[] keys) {
        int[] start = new int[nodeCount + 1];
        for (int key : keys) {
            if (key >= 0) {
                start[key + 1]++;
            }
        }
        for (int node = 0; node < nodeCount; node++) {
            start[node + 1] += start[node];
        }
        int[] next = start.clone();
        int[] items = new int[start[nodeCount]];
        for (int item = 0; item < keys.length; item++) {
            if (keys[item] >= 0) {
                items[next[keys[item]]++] = item;
            }
        }
        return new Adjacency(start, items);
    }

    /** The permutation that orders items by key, keeping the given order among equal keys. */
    static int[] sortedBy(int nodeCount, int[] keys) {
        return group(nodeCount, keys).items;
    }

    int from(int node) {
        return start[node];
    }

    int to(int node) {
        return start[node + 1];
    }

    int item(int position) {
        return items[position];
    }
}
