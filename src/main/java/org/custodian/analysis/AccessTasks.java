package org.custodian.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.custodian.model.Asset;
import org.custodian.model.AssetDetails.PrivilegedAccount;
import org.custodian.model.AssetKind;
import org.custodian.model.AssetSubtype;
import org.custodian.model.Criticality;
import org.custodian.model.CustodyRole;
import org.custodian.model.DeparturePhase;
import org.custodian.model.Person;
import org.custodian.model.PlanAction;
import org.custodian.model.PlanSection;

/**
 * One access task per exposed asset with the action its kind calls for, plus a recovery-contact or MFA
 * task where the leaver plays that role, ordered upstream first. Hostile departures move account
 * disabling, allow-list removal and critical secrets, and everything upstream of them, before notifying;
 * collecting a key needs the leaver in the room, so it never moves there.
 */
final class AccessTasks {
    private static final int NAMED_TOGETHER = 5;
    static final String NOBODY_HOLDS_IT = "no one holds this: decide who will";
    private static final Set<CustodyRole> HOLDING = EnumSet.of(CustodyRole.HOLDS, CustodyRole.BACKUP);

    private final PlanContext plan;
    private final Map<Integer, OrganisationReach> reachOf = new HashMap<>();
    private final Map<Integer, Set<CustodyRole>> rolesOf = new HashMap<>();
    private final Map<Integer, List<Person>> holdersOf = new HashMap<>();
    private final Set<Integer> theirOwn = new HashSet<>();

    private AccessTasks(PlanContext plan) {
        this.plan = plan;
        for (OrganisationReach reach : plan.exposed) {
            reachOf.put(plan.graph.assetIndex(reach.asset().id()), reach);
        }
        for (Holding holding : plan.holdings) {
            int asset = plan.graph.assetIndex(holding.asset().id());
            boolean holds = HOLDING.contains(holding.role());
            if (holds && holding.level() != ExposureLevel.NO_LONGER_EXPOSED) {
                theirOwn.add(asset);
            }
            if (holding.current()) {
                rolesOf.computeIfAbsent(asset, a -> EnumSet.noneOf(CustodyRole.class))
                        .add(holding.role());
                List<Person> holders = holdersOf.computeIfAbsent(asset, a -> new ArrayList<>());
                if (holds && !holders.contains(holding.person())) {
                    holders.add(holding.person());
                }
            }
        }
    }

    static List<Draft> of(PlanContext plan) {
        return new AccessTasks(plan).drafts();
    }

    private List<Draft> drafts() {
        TreeMap<Integer, List<PlanAction>> actions = new TreeMap<>();
        for (int asset = 0; asset < plan.graph.assets.length; asset++) {
            List<PlanAction> forAsset = reachOf.containsKey(asset) ? actionsFor(asset) : actionsWithoutReach(asset);
            if (!forAsset.isEmpty()) {
                actions.put(asset, forAsset);
            }
        }
        int[] planned = actions.keySet().stream().mapToInt(Integer::intValue).toArray();
        UpstreamOrder order = UpstreamOrder.of(plan.graph, planned);
        BitSet urgent = urgent(planned, actions);
        BitSet early = order.upstreamOf(urgent);
        AccessWording wording = new AccessWording(plan, reachOf, rolesOf, holdersOf);
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < planned.length; i++) {
            Asset asset = plan.graph.assets[planned[i]];
            List<PlanAction> forAsset = actions.get(planned[i]);
            for (int slot = 0; slot < forAsset.size(); slot++) {
                PlanAction action = forAsset.get(slot);
                boolean first = early.get(i) && action != PlanAction.RECOVER_KEY;
                String reason = wording.reason(
                        action,
                        planned[i],
                        order.changedTogetherWith(i, NAMED_TOGETHER),
                        order.changedTogetherCount(i),
                        first && !urgent.get(i));
                if (first && TwoPersonRule.appliesTo(asset) && plan.onlyLeaversHold(asset)) {
                    reason += " " + plan.leaverName + " is its only holder: get company access first (see above).";
                }
                drafts.add(new Draft(
                        first ? DeparturePhase.BEFORE_NOTIFYING : DeparturePhase.ON_LAST_DAY,
                        PlanSection.ACCESS,
                        action,
                        asset,
                        wording.title(action, planned[i]),
                        reason,
                        needsRecipients(action) ? recipients(asset) : List.of(),
                        first ? plan.today : plan.onLastDay(),
                        (long) order.rank(i) * 4 + slot));
            }
        }
        return drafts;
    }

    /**
     * Recovery and MFA roles get their own tasks; the kind's own action is added unless those roles are all
     * the leaver has and nothing else they reach leads to the asset.
     */
    private List<PlanAction> actionsFor(int asset) {
        List<PlanAction> actions = new ArrayList<>(actionsWithoutReach(asset));
        Set<CustodyRole> roles = rolesOf.getOrDefault(asset, Set.of());
        boolean onlyRecoveryOrMfa = roles.stream().noneMatch(HOLDING::contains);
        boolean primary = !onlyRecoveryOrMfa
                || reachOf.get(asset).level() != ExposureLevel.CAN_REACH_NOW
                || reachableFromAnotherExposedAsset(asset);
        PlanAction kindAction = kindAction(asset);
        if (primary
                && kindAction == PlanAction.RE_KEY_LOCK
                && !holdersOf.getOrDefault(asset, List.of()).isEmpty()) {
            // The register ends their custody only when the copy they hold comes back, re-keyed or not.
            actions.add(PlanAction.RECOVER_KEY);
        }
        if (primary && !actions.contains(kindAction)) {
            actions.add(kindAction);
        }
        return actions;
    }

    /** Actions that follow from a role or a contact detail even where no access is conferred. */
    private List<PlanAction> actionsWithoutReach(int asset) {
        Set<CustodyRole> roles = rolesOf.getOrDefault(asset, Set.of());
        Asset a = plan.graph.assets[asset];
        List<PlanAction> actions = new ArrayList<>();
        if (roles.contains(CustodyRole.RECOVERY_CONTACT) || plan.recoveryPointsAtLeaver(a)) {
            actions.add(PlanAction.CHANGE_RECOVERY_CONTACT);
        }
        if (roles.contains(CustodyRole.MFA_DEVICE)) {
            actions.add(PlanAction.RE_ENROL_MFA);
        }
        if (roles.contains(CustodyRole.CALL_LIST) && a.kind() == AssetKind.ALARM_CODE) {
            actions.add(PlanAction.CHANGE_ALARM_CODE_AND_CALL_LIST);
        }
        return actions;
    }

    private boolean reachableFromAnotherExposedAsset(int asset) {
        AccessGraph graph = plan.graph;
        for (int p = graph.grantsTo.from(asset); p < graph.grantsTo.to(asset); p++) {
            if (reachOf.containsKey(graph.grantSource[graph.grantsTo.item(p)])) {
                return true;
            }
        }
        return false;
    }

    /** A personal account is disabled only when it is the leaver's own; someone else's is reset. */
    private PlanAction kindAction(int asset) {
        Asset a = plan.graph.assets[asset];
        OrganisationReach reach = reachOf.get(asset);
        return switch (a.kind()) {
            case PRIVILEGED_ACCOUNT ->
                a.details() instanceof PrivilegedAccount account
                                && account.personalAccount()
                                && theirOwn.contains(asset)
                        ? PlanAction.DISABLE_ACCOUNT
                        : PlanAction.ROTATE_SECRET;
            case SHARED_SECRET, HOSTING_LOGIN, PHONE_SYSTEM -> PlanAction.ROTATE_SECRET;
            case PHYSICAL_KEY ->
                reach.level() == ExposureLevel.CAN_REACH_NOW && plan.graph.unaccountedCopies[asset] <= 0
                        ? PlanAction.RECOVER_KEY
                        : PlanAction.RE_KEY_LOCK;
            case ALARM_CODE -> PlanAction.CHANGE_ALARM_CODE_AND_CALL_LIST;
            case PURCHASING_AUTHORITY -> purchasingAction(asset);
            case NETWORK_ALLOWANCE ->
                switch (a.subtype()) {
                    case VPN -> PlanAction.DISABLE_VPN_ACCESS;
                    case REMOTE_TOOL -> PlanAction.UNINSTALL_REMOTE_TOOL;
                    default -> PlanAction.REMOVE_ALLOW_RULE;
                };
        };
    }

    /**
     * The leaver's own card is cancelled; on a company account they are taken off it. One they only reach
     * through something else (the safe it is kept in, a log-in that resets it) is cut off upstream, so it is
     * only checked, unless the departure is hostile and it is a card someone could use at once.
     */
    private PlanAction purchasingAction(int asset) {
        Asset a = plan.graph.assets[asset];
        if (!theirOwn.contains(asset)) {
            boolean card = a.subtype() == AssetSubtype.COMPANY_CARD;
            return plan.hostile() && card ? PlanAction.CANCEL_CARD_OR_AUTHORITY : PlanAction.CHECK_DOWNSTREAM;
        }
        return Purchasing.isPersonalCard(plan, a)
                ? PlanAction.CANCEL_CARD_OR_AUTHORITY
                : PlanAction.REMOVE_AUTHORISED_BUYER;
    }

    private BitSet urgent(int[] planned, Map<Integer, List<PlanAction>> actions) {
        BitSet urgent = new BitSet(planned.length);
        if (!plan.hostile()) {
            return urgent;
        }
        for (int i = 0; i < planned.length; i++) {
            boolean critical = plan.graph.assets[planned[i]].criticality() == Criticality.CRITICAL;
            for (PlanAction action : actions.get(planned[i])) {
                boolean cutsAccess = action == PlanAction.DISABLE_ACCOUNT
                        || action == PlanAction.REMOVE_ALLOW_RULE
                        || action == PlanAction.DISABLE_VPN_ACCESS
                        || action == PlanAction.UNINSTALL_REMOTE_TOOL;
                boolean changesSecret = action == PlanAction.ROTATE_SECRET
                        || action == PlanAction.CHANGE_RECOVERY_CONTACT
                        || action == PlanAction.RE_ENROL_MFA;
                if (cutsAccess || critical && changesSecret) {
                    urgent.set(i);
                }
            }
        }
        return urgent;
    }

    /**
     * Who receives the new secret: the others who hold it, else its owner; a shared thing nobody else holds
     * says so, because a change nobody receives locks the company out.
     */
    private List<String> recipients(Asset asset) {
        List<String> others = plan.otherHolders(asset);
        if (!others.isEmpty() || !TwoPersonRule.appliesTo(asset)) {
            return others;
        }
        String owner = plan.ownerWhoStays(asset);
        return List.of(owner == null ? NOBODY_HOLDS_IT : owner + " (its owner)");
    }

    private static boolean needsRecipients(PlanAction action) {
        return action == PlanAction.ROTATE_SECRET
                || action == PlanAction.CHANGE_ALARM_CODE_AND_CALL_LIST
                || action == PlanAction.RE_KEY_LOCK;
    }
}
