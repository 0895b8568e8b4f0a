package org.custodian.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.custodian.model.Asset;
import org.custodian.model.AssetKind;
import org.custodian.model.CustodyRole;
import org.custodian.model.DeparturePhase;
import org.custodian.model.Person;
import org.custodian.model.PlanAction;
import org.custodian.model.PlanSection;

/**
 * Work that needs the leaver's knowledge: hand over what only they hold (see {@link TwoPersonRule}) and what
 * they are accountable for, and review what they set up for forgotten accounts and back doors.
 */
final class HandOverTasks {
    private static final Set<CustodyRole> HOLDING = EnumSet.of(CustodyRole.HOLDS, CustodyRole.BACKUP);
    private static final Comparator<Asset> MOST_CRITICAL_FIRST =
            Comparator.comparing(Asset::criticality).reversed();

    private HandOverTasks() {}

    static List<Draft> of(PlanContext plan) {
        List<Draft> drafts = new ArrayList<>();
        Set<Asset> soleHeld = new LinkedHashSet<>();
        Set<Asset> soleBuyer = new LinkedHashSet<>();
        Set<Asset> owned = new LinkedHashSet<>();
        for (Holding holding : plan.holdings) {
            if (!holding.current()) {
                continue;
            }
            Asset asset = holding.asset();
            boolean holds = HOLDING.contains(holding.role()) && plan.onlyLeaversHold(asset);
            if (holds && TwoPersonRule.appliesTo(asset)) {
                soleHeld.add(asset);
            } else if (holds
                    && asset.kind() == AssetKind.PURCHASING_AUTHORITY
                    && !Purchasing.isPersonalCard(plan, asset)) {
                soleBuyer.add(asset);
            }
            if (holding.role() == CustodyRole.ACCOUNTABLE_OWNER) {
                owned.add(asset);
            }
        }
        for (Asset asset : plan.graph.assets) {
            if (asset.owner() != null && plan.isLeaving(asset.owner())) {
                owned.add(asset);
            }
        }
        long order = 0;
        for (Asset asset : sorted(plan, soleHeld)) {
            drafts.add(plan.hostile() ? companyGetsInFirst(plan, asset, order++) : handOver(plan, asset, order++));
        }
        for (Asset asset : sorted(plan, soleBuyer)) {
            String role = Purchasing.role(asset);
            List<String> holders = plan.leavingHolders(asset);
            drafts.add(new Draft(
                    DeparturePhase.BEFORE_LAST_DAY,
                    PlanSection.HAND_OVER,
                    PlanAction.HAND_OVER,
                    asset,
                    "Name another " + role + " on " + asset.name() + " with " + Purchasing.vendorName(plan, asset),
                    PlanContext.and(holders)
                            + (holders.size() == 1 ? " is the only " + role : " are the only " + role + "s")
                            + " on " + asset.name()
                            + ": name someone who stays before they are removed, so the company can still use it.",
                    List.of(),
                    plan.beforeLastDay(),
                    order++));
        }
        for (Asset asset : sorted(plan, owned)) {
            drafts.add(new Draft(
                    DeparturePhase.BEFORE_LAST_DAY,
                    PlanSection.HAND_OVER,
                    PlanAction.HAND_OVER,
                    asset,
                    "Name a new accountable owner for " + asset.name(),
                    plan.leaverName + " is its accountable owner.",
                    List.of(),
                    plan.beforeLastDay(),
                    order++));
        }
        drafts.addAll(reviews(plan));
        return drafts;
    }

    private static Draft handOver(PlanContext plan, Asset asset, long order) {
        return new Draft(
                DeparturePhase.BEFORE_LAST_DAY,
                PlanSection.HAND_OVER,
                PlanAction.HAND_OVER,
                asset,
                "Hand over " + asset.name() + " to someone who stays",
                plan.leaverName + " is the only current holder of " + asset.name()
                        + ": make sure a second person can reach it before access is removed (two-person rule).",
                List.of(),
                plan.beforeLastDay(),
                order);
    }

    /**
     * A hostile leaver cannot be asked to hand over before they are told, and rotating what only they hold
     * needs a way in first: say how the company gets in without them, or that it cannot.
     */
    private static Draft companyGetsInFirst(PlanContext plan, Asset asset, long order) {
        List<String> ways = WayIn.of(plan, asset);
        String only = plan.leaverName + " is the only current holder of " + asset.name() + ". ";
        String title = ways.isEmpty()
                ? "Decide how the company gets into " + asset.name() + " without " + plan.leaverName
                : "Get company access to " + asset.name() + " before it is rotated";
        String reason = ways.isEmpty()
                ? only + "No way in that the company controls is recorded (no vendor, recovery contact or other"
                        + " account that resets it): it cannot be done without them. Either have them hand it over"
                        + " under supervision when they are told, or accept that rotating it means rebuilding it."
                : only + "Before they are told and before it is rotated, get in without them: "
                        + String.join("; or ", ways) + ". Then give it to someone who stays.";
        return new Draft(
                DeparturePhase.BEFORE_NOTIFYING,
                PlanSection.HAND_OVER,
                PlanAction.GET_COMPANY_ACCESS,
                asset,
                title,
                reason,
                List.of(),
                plan.today,
                order);
    }

    private static List<Draft> reviews(PlanContext plan) {
        List<Asset> setUp = new ArrayList<>();
        for (Asset asset : plan.graph.assets) {
            if (asset.setUpBy() != null && plan.isLeaving(asset.setUpBy())) {
                setUp.add(asset);
            }
        }
        DeparturePhase phase = plan.hostile() ? DeparturePhase.ON_LAST_DAY : DeparturePhase.BEFORE_LAST_DAY;
        List<Draft> drafts = new ArrayList<>();
        long order = 0;
        for (Asset asset : sorted(plan, setUp)) {
            String who = setUpBy(plan, asset);
            drafts.add(new Draft(
                    phase,
                    PlanSection.REVIEW,
                    PlanAction.REVIEW_SET_UP,
                    asset,
                    "Review " + asset.name() + ", set up by " + who + ": look for forgotten accounts and back doors",
                    who + " set up " + asset.name() + "; people who set a system up often leave accounts, keys or"
                            + " forwarding rules behind that nobody else knows about.",
                    List.of(),
                    plan.hostile() ? plan.onLastDay() : plan.beforeLastDay(),
                    order++));
        }
        return drafts;
    }

    private static String setUpBy(PlanContext plan, Asset asset) {
        return plan.people.stream()
                .filter(p -> p.id().equals(asset.setUpBy()))
                .map(Person::name)
                .findFirst()
                .orElse(plan.leaverName);
    }

    private static List<Asset> sorted(PlanContext plan, Collection<Asset> assets) {
        List<Asset> sorted = new ArrayList<>(assets);
        sorted.sort(MOST_CRITICAL_FIRST.thenComparingInt(a -> plan.graph.assetIndex(a.id())));
        return sorted;
    }
}
