package org.custodian.analysis;

import java.util.Locale;
import org.custodian.model.AssetKind;
import org.custodian.model.EndReason;

/**
 * What a former holder keeps once a link has ended. Knowledge is not handed back: a secret or code stays
 * known until it is rotated (or re-keyed, disabled, revoked) on or after the day the link ended, and a
 * returned key still counts while any copy is unaccounted for and the lock was not re-keyed.
 */
final class Retention {
    private Retention() {}

    /** The level of a custody link over the span [start, end), or null when the span is empty or not begun. */
    static ExposureLevel level(AccessGraph graph, int custody, int start, int end) {
        if (start >= end || start > graph.today) {
            return null;
        }
        if (end > graph.today) {
            return ExposureLevel.CAN_REACH_NOW;
        }
        if (!AccessGraph.confersAccess(graph.custody[custody].role())) {
            return ExposureLevel.NO_LONGER_EXPOSED;
        }
        int asset = graph.custodyAsset[custody];
        if (endedByRotation(graph, custody) || graph.lastRotation[asset] >= end) {
            return ExposureLevel.NO_LONGER_EXPOSED;
        }
        AssetKind kind = graph.assets[asset].kind();
        if (kind.isKnowledge() || kind == AssetKind.PHYSICAL_KEY && graph.unaccountedCopies[asset] > 0) {
            return ExposureLevel.STILL_KNOWS;
        }
        return ExposureLevel.NO_LONGER_EXPOSED;
    }

    /** Why an ended link still counts or no longer does, in words; null for a current link. */
    static String standing(AccessGraph graph, int custody, int end, ExposureLevel level) {
        if (level == ExposureLevel.CAN_REACH_NOW) {
            return null;
        }
        int asset = graph.custodyAsset[custody];
        AssetKind kind = graph.assets[asset].kind();
        if (level == ExposureLevel.STILL_KNOWS) {
            if (kind == AssetKind.PHYSICAL_KEY) {
                int missing = graph.unaccountedCopies[asset];
                return missing + (missing == 1 ? " copy" : " copies") + " unaccounted for, lock not re-keyed";
            }
            return "not rotated since " + graph.date(end);
        }
        if (graph.lastRotation[asset] >= end) {
            return graph.lastRotationKind[asset].label().toLowerCase(Locale.ROOT) + " on "
                    + graph.date(graph.lastRotation[asset]);
        }
        if (endedByRotation(graph, custody)) {
            return "custody ended by rotation";
        }
        return kind == AssetKind.PHYSICAL_KEY ? "every copy accounted for" : "no longer held";
    }

    private static boolean endedByRotation(AccessGraph graph, int custody) {
        return graph.custody[custody].endReason() == EndReason.ROTATED && graph.custodyUntil[custody] <= graph.today;
    }
}
