package org.custodian.analysis;

import java.util.List;
import java.util.Optional;
import org.custodian.model.Asset;
import org.custodian.model.AssetSubtype;
import org.custodian.model.Organisation;

/**
 * Cards and purchasing authorities. A card issued to the leaver alone is theirs and is cancelled; a supplier
 * account, purchase-order or bank authority is the company's, so the leaver is taken off it and someone
 * else is named, and the account stays open.
 */
final class Purchasing {
    private Purchasing() {}

    /** A company card that nobody who stays holds: issued to the leaver personally. */
    static boolean isPersonalCard(PlanContext plan, Asset asset) {
        return asset.subtype() == AssetSubtype.COMPANY_CARD && plan.onlyLeaversHold(asset);
    }

    /** What the leaver is on the account: a buyer, a signatory or a cardholder. */
    static String role(Asset asset) {
        return switch (asset.subtype()) {
            case BANK_AUTHORITY -> "authorised signatory";
            case COMPANY_CARD -> "cardholder";
            default -> "authorised buyer";
        };
    }

    static String vendorName(PlanContext plan, Asset asset) {
        return vendorOf(plan, asset).orElse("the bank or vendor");
    }

    /** The vendor, unless it is the company a leaver works for: a reset through them is no way in without them. */
    static Optional<String> independentVendorOf(PlanContext plan, Asset asset) {
        boolean leaversOwn = plan.people.stream()
                .anyMatch(p -> p.organisation() != null && p.organisation().equals(asset.vendor()));
        return leaversOwn ? Optional.empty() : vendorOf(plan, asset);
    }

    static Optional<String> vendorOf(PlanContext plan, Asset asset) {
        return asset.vendor() == null
                ? Optional.empty()
                : plan.graph.organisation(asset.vendor()).map(Organisation::name);
    }

    /** The sentence that says who else can still buy, or that another must be named first. */
    static String othersOnIt(PlanContext plan, Asset asset) {
        List<String> others = plan.otherHolders(asset);
        return others.isEmpty()
                ? onlyOnes(plan.leavingHolders(asset), role(asset)) + ": name another first (see hand-over)."
                : String.join(", ", others) + (others.size() == 1 ? " stays" : " stay") + " on it as " + role(asset)
                        + (others.size() == 1 ? "." : "s.");
    }

    private static String onlyOnes(List<String> holders, String role) {
        return PlanContext.and(holders)
                + (holders.size() == 1 ? " is its only " + role : " are its only " + role + "s");
    }

    /** The first asset on the path: the upstream change that cuts the route to a downstream asset. */
    static String firstStep(List<PathStep> path) {
        return path.stream()
                .filter(step -> step instanceof PathStep.CustodyStep)
                .map(PathStep::name)
                .findFirst()
                .orElse("the asset they hold");
    }
}
