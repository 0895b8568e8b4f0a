package org.custodian.analysis;

import java.util.Arrays;

/**
 * Tarjan's strongly connected components, iterative so that long grant chains cannot overflow the stack.
 * Components are numbered in the order Tarjan completes them: every edge between two components goes
 * from a higher number to a lower one (sinks come first).
 */
final class StrongComponents {
    private StrongComponents() {}

    /** The component number of each of {@code n} nodes; {@code target[edge]} gives where an edge goes. */
    static int[] of(int n, Adjacency out, int[] target) {
        int[] index = new int[n];
        int[] low = new int[n];
        int[] component = new int[n];
        int[] nextEdge = new int[n];
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int[] calls = new int[n];
        Arrays.fill(index, -1);
        int counter = 0;
        int components = 0;
        int stacked = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            calls[depth++] = root;
            index[root] = low[root] = counter++;
            nextEdge[root] = out.from(root);
            stack[stacked++] = root;
            onStack[root] = true;
            while (depth > 0) {
                int node = calls[depth - 1];
                if (nextEdge[node] < out.to(node)) {
                    int next = target[out.item(nextEdge[node]++)];
                    if (index[next] < 0) {
                        index[next] = low[next] = counter++;
                        nextEdge[next] = out.from(next);
                        stack[stacked++] = next;
                        onStack[next] = true;
                        calls[depth++] = next;
                    } else if (onStack[next]) {
                        low[node] = Math.min(low[node], index[next]);
                    }
                    continue;
                }
                depth--;
                if (low[node] == index[node]) {
                    int member;
                    do {
                        member = stack[--stacked];
                        onStack[member] = false;
                        component[member] = components;
                    } while (member != node);
                    components++;
                }
                if (depth > 0) {
                    int parent = calls[depth - 1];
                    low[parent] = Math.min(low[parent], low[node]);
                }
            }
        }
        return component;
    }
}
