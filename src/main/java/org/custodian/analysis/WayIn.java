package org.custodian.analysis;

import java.util.ArrayList;
import java.util.List;
import org.custodian.model.Asset;
import org.custodian.model.AssetSubtype;
import org.custodian.model.CustodyRole;

/**
 * How the company can get into an asset only the leaver holds without asking them: through an asset someone
 * who stays holds that resets, administers or unlocks it (a break-glass envelope among them), a recovery
 * contact or recovery address that is not the leaver's, or a reset through the vendor. A hostile plan does
 * this before anything is rotated, or says that it cannot be done without them.
 */
final class WayIn {
    private WayIn() {}

    /** Each way in, as a phrase; empty when none is recorded. */
    static List<String> of(PlanContext plan, Asset asset) {
        List<String> ways = new ArrayList<>();
        AccessGraph graph = plan.graph;
        int target = graph.assetIndex(asset.id());
        for (int p = graph.grantsTo.from(target); p < graph.grantsTo.to(target); p++) {
            Asset source = graph.assets[graph.grantSource[graph.grantsTo.item(p)]];
            List<String> holders = plan.otherHolders(source);
            if (!source.id().equals(asset.id()) && !holders.isEmpty()) {
                String what = source.subtype() == AssetSubtype.BREAK_GLASS ? "the break-glass " : "";
                ways.add("through " + what + source.name() + ", which " + String.join(", ", holders)
                        + (holders.size() == 1 ? " holds" : " hold"));
            }
        }
        for (Holding holding : plan.reachability.holdersOf(asset.id())) {
            if (holding.role() == CustodyRole.RECOVERY_CONTACT
                    && holding.current()
                    && !plan.isLeaving(holding.person())) {
                ways.add("a reset by its recovery contact " + holding.person().name());
            }
        }
        if (asset.recoveryEmail() != null && !plan.recoveryPointsAtLeaver(asset)) {
            ways.add("a reset to its recovery email " + asset.recoveryEmail());
        }
        Purchasing.independentVendorOf(plan, asset)
                .ifPresent(vendor -> ways.add("a reset through " + vendor + ", proving the company owns the account"));
        return ways;
    }
}
