package org.custodian.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.custodian.model.Asset;
import org.custodian.model.AssetKind;
import org.custodian.model.CustodyRole;
import org.custodian.model.DeparturePhase;
import org.custodian.model.DepartureType;
import org.custodian.model.NaturalOrder;
import org.custodian.model.Organisation;
import org.custodian.model.OrganisationId;
import org.custodian.model.Person;
import org.custodian.model.PlanAction;
import org.custodian.model.PlanSection;
import org.custodian.model.UserName;

/**
 * Telling people: staff, and every bank, vendor or alarm company that knew the leaver as its contact;
 * then the follow-ups: watch each of their user names for log-ins and review their recent admin work.
 */
final class NotifyTasks {
    static final int WATCH_DAYS = 90;
    static final int REVIEW_MONTHS = 3;

    private NotifyTasks() {}

    static List<Draft> of(PlanContext plan) {
        List<Draft> drafts = new ArrayList<>();
        long order = 0;
        String staffTitle = plan.type == DepartureType.TRANSFER
                ? "Tell staff that " + plan.leaverName + " moves to another role on " + plan.lastDay
                : "Tell staff that " + plan.leaverName + " leaves on " + plan.lastDay;
        drafts.add(notify(
                plan,
                staffTitle,
                "Staff must not give " + plan.leaverName
                        + " access, codes or information after that day, and should report any request.",
                order++));
        if (plan.leaver instanceof OrganisationId) {
            drafts.add(notify(
                    plan,
                    "Ask " + plan.leaverName + " to confirm in writing that they keep no copies",
                    "Their people reached the assets in this plan; the contract end is the moment to ask.",
                    order++));
        }
        String employer = employer(plan);
        Map<String, List<String>> vendors = vendorsToTell(plan);
        if (employer != null) {
            vendors.putIfAbsent(employer, List.of());
            drafts.add(notify(
                    plan,
                    "Ask " + employer + " to confirm in writing that " + plan.leaverName + " keeps no copies",
                    plan.leaverName + " worked on the company's systems for them: passwords, keys, exports or notes"
                            + " may remain on their devices.",
                    order++));
        }
        for (Map.Entry<String, List<String>> vendor : vendors.entrySet()) {
            String contact = vendor.getValue().isEmpty()
                    ? ""
                    : plan.leaverName + " was their contact for " + String.join(", ", vendor.getValue()) + ".";
            String employs = vendor.getKey().equals(employer)
                    ? "They employ " + plan.leaverName + " and must not send them to work on the company's systems"
                            + " again." + (contact.isEmpty() ? "" : " ")
                    : "";
            drafts.add(notify(
                    plan,
                    "Tell " + vendor.getKey() + " that " + plan.leaverName + " is no longer authorised",
                    employs + contact,
                    order++));
        }
        drafts.addAll(followUps(plan));
        return drafts;
    }

    /** The external provider a leaving person works for, by name; null for employees and organisations. */
    private static String employer(PlanContext plan) {
        if (plan.leaver instanceof OrganisationId) {
            return null;
        }
        OrganisationId organisation = plan.people.get(0).organisation();
        return organisation == null
                ? null
                : plan.graph.organisation(organisation).map(Organisation::name).orElse(null);
    }

    private static Draft notify(PlanContext plan, String title, String reason, long order) {
        return new Draft(
                DeparturePhase.ON_LAST_DAY,
                PlanSection.NOTIFY,
                PlanAction.NOTIFY,
                null,
                title,
                reason,
                List.of(),
                plan.onLastDay(),
                order);
    }

    /** Vendors of cards and authorities, alarm codes (call list too) and anything the leaver recovers. */
    private static Map<String, List<String>> vendorsToTell(PlanContext plan) {
        Map<String, List<String>> vendors = new TreeMap<>(NaturalOrder.NAMES);
        for (Holding holding : plan.holdings) {
            Asset asset = holding.asset();
            boolean counts = holding.current() || holding.level() == ExposureLevel.STILL_KNOWS;
            boolean vendorKnowsThem = asset.kind() == AssetKind.PURCHASING_AUTHORITY
                    || asset.kind() == AssetKind.ALARM_CODE
                    || holding.role() == CustodyRole.RECOVERY_CONTACT;
            if (counts && vendorKnowsThem && asset.vendor() != null) {
                String name = plan.graph
                        .organisation(asset.vendor())
                        .map(Organisation::name)
                        .orElse(null);
                if (name != null) {
                    List<String> assets = vendors.computeIfAbsent(name, n -> new ArrayList<>());
                    if (!assets.contains(asset.name())) {
                        assets.add(asset.name());
                    }
                }
            }
        }
        return vendors;
    }

    private static List<Draft> followUps(PlanContext plan) {
        List<Draft> drafts = new ArrayList<>();
        long order = 0;
        boolean watch = plan.type != DepartureType.TRANSFER;
        for (Person person : plan.people) {
            if (watch) {
                String until = plan.lastDay.plusDays(WATCH_DAYS).toString();
                if (person.userNames().isEmpty()) {
                    drafts.add(followUp(
                            plan,
                            PlanAction.WATCH_LOGINS,
                            "Watch for log-ins by " + person.name() + " until " + until,
                            "No user names are recorded for " + person.name()
                                    + "; check their work email and any accounts named after them.",
                            WATCH_DAYS,
                            order++));
                }
                for (UserName userName : person.userNames()) {
                    drafts.add(followUp(
                            plan,
                            PlanAction.WATCH_LOGINS,
                            "Watch for log-ins as " + userName.userName() + " on " + userName.system() + " until "
                                    + until,
                            "A log-in under " + person.name()
                                    + "'s user name after they left means someone still has their credentials.",
                            WATCH_DAYS,
                            order++));
                }
            }
            if (administers(plan, person)) {
                drafts.add(followUp(
                        plan,
                        PlanAction.REVIEW_ADMIN_ACTIONS,
                        "Review what " + person.name()
                                + " did as an administrator from " + plan.lastDay.minusMonths(REVIEW_MONTHS) + " to "
                                + plan.lastDay,
                        person.name() + " held privileged or hosting access; look for new accounts,"
                                + " forwarding rules, scheduled tasks and changed recovery details.",
                        14,
                        order++));
            }
        }
        return drafts;
    }

    private static Draft followUp(
            PlanContext plan, PlanAction action, String title, String reason, int days, long order) {
        return new Draft(
                DeparturePhase.AFTER_DEPARTURE,
                PlanSection.FOLLOW_UP,
                action,
                null,
                title,
                reason,
                List.of(),
                plan.atLeastToday(plan.lastDay.plusDays(days)),
                order);
    }

    /** Holds, backs up or still knows a privileged account or hosting login, directly or through a group. */
    private static boolean administers(PlanContext plan, Person person) {
        return plan.holdings.stream()
                .anyMatch(h -> h.person().equals(person)
                        && AccessGraph.confersAccess(h.role())
                        && h.level() != ExposureLevel.NO_LONGER_EXPOSED
                        && (h.asset().kind() == AssetKind.PRIVILEGED_ACCOUNT
                                || h.asset().kind() == AssetKind.HOSTING_LOGIN));
    }
}
