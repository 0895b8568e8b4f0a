package org.custodian.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custodian.model.Asset;
import org.custodian.model.AssetSubtype;
import org.custodian.model.CustodyRole;
import org.custodian.model.Person;
import org.custodian.model.PlanAction;

/** The words of access tasks: a title that says what to do to what, and a reason that says why. */
final class AccessWording {
    static final String REGISTRAR_NOTE = "Changing the registrant email can start a 60-day transfer lock:"
            + " change the password and account contacts now, and plan any registrant change.";
    static final String UPSTREAM_OF_URGENT =
            "Done before notifying because it leads to an asset that must be changed before they are told.";

    private static final int NAMED_ROUTES = 5;

    private final PlanContext plan;
    private final Map<Integer, OrganisationReach> reachOf;
    private final Map<Integer, Set<CustodyRole>> rolesOf;
    private final Map<Integer, List<Person>> holdersOf;

    AccessWording(
            PlanContext plan,
            Map<Integer, OrganisationReach> reachOf,
            Map<Integer, Set<CustodyRole>> rolesOf,
            Map<Integer, List<Person>> holdersOf) {
        this.plan = plan;
        this.reachOf = reachOf;
        this.rolesOf = rolesOf;
        this.holdersOf = holdersOf;
    }

    String title(PlanAction action, int asset) {
        Asset a = plan.graph.assets[asset];
        String holders = String.join(
                ", ",
                holdersOf.getOrDefault(asset, List.of()).stream()
                        .map(Person::name)
                        .toList());
        boolean onCallList = roles(asset).contains(CustodyRole.CALL_LIST);
        return switch (action) {
            case ROTATE_SECRET -> "Rotate " + a.name();
            case DISABLE_ACCOUNT ->
                a.subtype() == AssetSubtype.SSH_KEY
                        ? "Remove " + a.name() + " from every server that trusts it"
                        : "Disable " + a.name() + " and remove its SSH keys";
            case RECOVER_KEY ->
                holders.isEmpty()
                        ? "Check that every copy of " + a.name() + " is accounted for"
                        : "Collect " + a.name() + " from " + holders;
            case RE_KEY_LOCK -> "Re-key the lock for " + a.name() + copiesMissing(asset);
            case CHANGE_ALARM_CODE_AND_CALL_LIST ->
                "Change " + a.name()
                        + (onCallList
                                ? " and remove " + plan.leaverName + " from the alarm company's call list"
                                : " and check the alarm company's call list");
            case CANCEL_CARD_OR_AUTHORITY -> "Cancel " + a.name() + " with " + Purchasing.vendorName(plan, a);
            case REMOVE_AUTHORISED_BUYER ->
                "Remove " + PlanContext.and(plan.leavingHolders(a)) + " as " + Purchasing.role(a) + " on " + a.name()
                        + " with "
                        + Purchasing.vendorName(plan, a) + ", and keep the account";
            case CHECK_DOWNSTREAM -> "Check " + a.name() + " for use nobody recognises";
            case REMOVE_ALLOW_RULE -> "Remove the allow-list rule " + a.name();
            case DISABLE_VPN_ACCESS -> "Disable " + a.name() + " for " + PlanContext.and(plan.leavingHolders(a));
            case UNINSTALL_REMOTE_TOOL -> "Uninstall " + a.name() + ", or disable " + accountsOf(a) + " in it";
            case CHANGE_RECOVERY_CONTACT -> "Change the recovery contact of " + a.name();
            case RE_ENROL_MFA -> "Re-enrol MFA for " + a.name() + " on a device that stays";
            default -> action.label() + ": " + a.name();
        };
    }

    /** The explaining path first, then what the role, the cycle, the kind or the phase adds. */
    String reason(PlanAction action, int asset, int[] together, int togetherCount, boolean promoted) {
        OrganisationReach reach = reachOf.get(asset);
        Asset a = plan.graph.assets[asset];
        List<String> parts = new ArrayList<>();
        if (reach != null) {
            parts.add(reach.sentence() + ".");
        }
        if (action == PlanAction.CHANGE_RECOVERY_CONTACT) {
            parts.add(
                    roles(asset).contains(CustodyRole.RECOVERY_CONTACT)
                            ? plan.leaverName + " is its recovery contact and could reset it."
                            : plan.recoveryDetailSentence(a));
        }
        if (action == PlanAction.RE_ENROL_MFA) {
            parts.add(plan.leaverName + " holds its MFA device.");
        }
        boolean holdsIt =
                roles(asset).contains(CustodyRole.HOLDS) || roles(asset).contains(CustodyRole.BACKUP);
        if ((action == PlanAction.RE_ENROL_MFA || action == PlanAction.CHANGE_RECOVERY_CONTACT)
                && !holdsIt
                && reach != null
                && reach.best().routes().size() > 1) {
            parts.add("This alone does not end the exposure: "
                    + reach.best().routes().size() + " separate routes lead to it, each to be cut (from "
                    + firstSteps(reach.best()) + ").");
        }
        if (action == PlanAction.CHANGE_ALARM_CODE_AND_CALL_LIST && roles(asset).contains(CustodyRole.CALL_LIST)) {
            parts.add(plan.leaverName + " is on the alarm company's call list.");
        }
        if (action == PlanAction.CANCEL_CARD_OR_AUTHORITY && Purchasing.isPersonalCard(plan, a)) {
            parts.add("It was issued to " + PlanContext.and(plan.leavingHolders(a)) + " personally.");
        }
        if (action == PlanAction.REMOVE_AUTHORISED_BUYER) {
            parts.add("It is the company's account: cancelling it would stop the company buying. "
                    + Purchasing.othersOnIt(plan, a));
        }
        if (action == PlanAction.CHECK_DOWNSTREAM && reach != null) {
            parts.add("The task for " + Purchasing.firstStep(reach.best().path())
                    + " cuts this route upstream, so this only needs checking, not cancelling.");
        }
        if (togetherCount > 0) {
            parts.add(together(together, togetherCount));
        }
        if (a.subtype() == AssetSubtype.REGISTRAR) {
            parts.add(REGISTRAR_NOTE);
        }
        if (promoted) {
            parts.add(UPSTREAM_OF_URGENT);
        }
        return String.join(" ", parts);
    }

    private String together(int[] together, int togetherCount) {
        List<String> names = new ArrayList<>();
        for (int other : together) {
            names.add(plan.graph.assets[other].name());
        }
        int unnamed = togetherCount - together.length;
        return "It and " + String.join(", ", names) + (unnamed > 0 ? " and " + unnamed + " more" : "")
                + " can reach each other: change them together, in one sitting.";
    }

    private Set<CustodyRole> roles(int asset) {
        return rolesOf.getOrDefault(asset, Set.of());
    }

    /** Where each route starts, a few by name: the reason must stay short enough to store. */
    private static String firstSteps(Reach reach) {
        List<String> starts = new ArrayList<>();
        for (Reach route : reach.routes()) {
            String start = Purchasing.firstStep(route.path());
            if (!starts.contains(start)) {
                starts.add(start);
            }
        }
        int unnamed = starts.size() - NAMED_ROUTES;
        return String.join(", ", starts.subList(0, Math.min(starts.size(), NAMED_ROUTES)))
                + (unnamed > 0 ? " and " + unnamed + " more" : "");
    }

    private String accountsOf(Asset asset) {
        List<String> holders = plan.leavingHolders(asset);
        return holders.size() == 1 ? holders.get(0) + "'s account" : "the accounts of " + PlanContext.and(holders);
    }

    private String copiesMissing(int asset) {
        int missing = plan.graph.unaccountedCopies[asset];
        return missing <= 0 ? "" : " (" + missing + (missing == 1 ? " copy" : " copies") + " unaccounted for)";
    }
}
