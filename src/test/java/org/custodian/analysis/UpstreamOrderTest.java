package org.custodian.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.custodian.analysis.synthetic.SyntheticInventory;
import org.junit.jupiter.api.Test;

class UpstreamOrderTest {
    @Test
    void everyGrantBetweenPlannedAssetsRunsForwardInTheOrderUnlessBothMustChangeTogether() {
        AccessGraph graph = AccessGraph.of(SyntheticInventory.generate(3_000, 11), SyntheticInventory.REFERENCE_DAY);
        int[] planned =
                IntStream.range(0, graph.assetCount()).filter(a -> a % 3 != 0).toArray();
        int[] local = new int[graph.assetCount()];
        Arrays.fill(local, -1);
        for (int i = 0; i < planned.length; i++) {
            local[planned[i]] = i;
        }

        UpstreamOrder order = UpstreamOrder.of(graph, planned);

        int together = 0;
        for (int grant = 0; grant < graph.grantSource.length; grant++) {
            int from = local[graph.grantSource[grant]];
            int to = local[graph.grantTarget[grant]];
            if (from < 0 || to < 0) {
                continue;
            }
            boolean sameComponent = Arrays.stream(order.changedTogetherWith(from, Integer.MAX_VALUE))
                    .anyMatch(a -> a == planned[to]);
            together += sameComponent ? 1 : 0;
            assertTrue(sameComponent || order.rank(from) < order.rank(to), "grant " + grant + " runs backwards");
        }
        assertTrue(together > 0, "the synthetic grants should contain cycles");
        assertEquals(
                planned.length,
                IntStream.range(0, planned.length).map(order::rank).distinct().count());
    }
}
