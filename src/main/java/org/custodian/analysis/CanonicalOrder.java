package org.custodian.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.BiPredicate;
import java.util.function.ToIntFunction;
import org.custodian.model.AssetId;
import org.custodian.model.Custody;
import org.custodian.model.Grant;

/**
 * Puts grants and custody in an order that depends only on their content (asset names, kinds, dates, ids),
 * never on the order the snapshot listed them in, so every walk over them is reproducible.
 */
final class CanonicalOrder {
    private CanonicalOrder() {}

    /** Grants by source, then target (both in name order), then kind and id, in linear time. */
    static Grant[] grants(ToIntFunction<AssetId> assetIndex, int assetCount, Grant[] grants) {
        int[] source = new int[grants.length];
        int[] target = new int[grants.length];
        for (int e = 0; e < grants.length; e++) {
            source[e] = assetIndex.applyAsInt(grants[e].from());
            target[e] = assetIndex.applyAsInt(grants[e].to());
        }
        int[] byTarget = Adjacency.sortedBy(assetCount, target);
        int[] sourceInThatOrder = new int[grants.length];
        for (int i = 0; i < byTarget.length; i++) {
            sourceInThatOrder[i] = source[byTarget[i]];
        }
        int[] order = Adjacency.sortedBy(assetCount, sourceInThatOrder);
        Grant[] sorted = new Grant[grants.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = grants[byTarget[order[i]]];
        }
        sortRuns(
                sorted,
                (x, y) -> x.from().equals(y.from()) && x.to().equals(y.to()),
                Comparator.comparing(Grant::kind).thenComparing(g -> g.id().toString()));
        return sorted;
    }

    /** Custody by asset (in name order), then role, start and id. */
    static Custody[] custody(ToIntFunction<AssetId> assetIndex, int assetCount, Custody[] all) {
        int[] asset = new int[all.length];
        for (int c = 0; c < all.length; c++) {
            asset[c] = assetIndex.applyAsInt(all[c].asset());
        }
        int[] order = Adjacency.sortedBy(assetCount, asset);
        Custody[] sorted = new Custody[all.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = all[order[i]];
        }
        sortRuns(
                sorted,
                (x, y) -> x.asset().equals(y.asset()),
                Comparator.comparing(Custody::role).thenComparing(Custody::from).thenComparing(c -> c.id().toString()));
        return sorted;
    }

    private static <T> void sortRuns(T[] items, BiPredicate<T, T> sameRun, Comparator<T> ties) {
        int runStart = 0;
        for (int i = 1; i <= items.length; i++) {
            if (i == items.length || !sameRun.test(items[runStart], items[i])) {
                if (i - runStart > 1) {
                    Arrays.sort(items, runStart, i, ties);
                }
                runStart = i;
            }
        }
    }
}
