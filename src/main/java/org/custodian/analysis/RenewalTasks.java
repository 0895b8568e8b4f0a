package org.custodian.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.custodian.model.Asset;
import org.custodian.model.AssetDetails.HostingLogin;
import org.custodian.model.AssetDetails.PurchasingAuthority;
import org.custodian.model.AssetId;
import org.custodian.model.CustodyRole;
import org.custodian.model.DeparturePhase;
import org.custodian.model.PlanAction;
import org.custodian.model.PlanSection;

/**
 * A renewal or expiry soon after the last day, on something the leaver holds or set up, is easily missed: the
 * notice goes to them, or only they know how to pay and log in. Each becomes a task before they go.
 */
final class RenewalTasks {
    static final int DAYS_AFTER_LAST_DAY = 90;
    /** After the hand-overs in the same section. */
    private static final long AFTER_HAND_OVERS = 1L << 32;

    private RenewalTasks() {}

    static List<Draft> of(PlanContext plan) {
        LocalDate until = plan.lastDay.plusDays(DAYS_AFTER_LAST_DAY);
        List<Draft> drafts = new ArrayList<>();
        long order = AFTER_HAND_OVERS;
        for (Asset asset : theirs(plan)) {
            LocalDate renewal = null;
            LocalDate expiry = null;
            if (asset.details() instanceof HostingLogin login) {
                renewal = login.renewalDate();
                expiry = login.expiryDate();
            } else if (asset.details() instanceof PurchasingAuthority authority
                    && !Purchasing.isPersonalCard(plan, asset)) {
                renewal = authority.renewalDate();
                expiry = authority.expiryDate();
            }
            if (renewal != null && !renewal.isBefore(plan.today) && !renewal.isAfter(until)) {
                drafts.add(task(plan, asset, renewal, "renews", order++));
            }
            if (expiry != null && !expiry.isBefore(plan.today) && !expiry.isAfter(until)) {
                drafts.add(task(plan, asset, expiry, "expires", order++));
            }
        }
        return drafts;
    }

    private static Draft task(PlanContext plan, Asset asset, LocalDate day, String event, long order) {
        LocalDate dayBefore = plan.atLeastToday(day.minusDays(1));
        return new Draft(
                DeparturePhase.BEFORE_LAST_DAY,
                PlanSection.HAND_OVER,
                PlanAction.CHECK_RENEWAL,
                asset,
                asset.name() + " " + event + " on " + day + ": make sure the company can pay and log in",
                plan.leaverName + " holds or set up " + asset.name() + ", and it " + event + " within "
                        + DAYS_AFTER_LAST_DAY + " days of their last day: the notice may go to them. Check that"
                        + " the payment method and the log-in are the company's, not theirs.",
                List.of(),
                dayBefore.isBefore(plan.beforeLastDay()) ? dayBefore : plan.beforeLastDay(),
                order);
    }

    /** Assets a leaver holds, backs up or is the recovery contact of now, or set up, by name. */
    private static Set<Asset> theirs(PlanContext plan) {
        Set<AssetId> theirs = new HashSet<>();
        for (Holding holding : plan.holdings) {
            boolean role = holding.role() == CustodyRole.HOLDS
                    || holding.role() == CustodyRole.BACKUP
                    || holding.role() == CustodyRole.RECOVERY_CONTACT;
            if (role && holding.current()) {
                theirs.add(holding.asset().id());
            }
        }
        Set<Asset> assets = new LinkedHashSet<>();
        for (Asset asset : plan.graph.assets) {
            if (theirs.contains(asset.id()) || asset.setUpBy() != null && plan.isLeaving(asset.setUpBy())) {
                assets.add(asset);
            }
        }
        return assets;
    }
}
