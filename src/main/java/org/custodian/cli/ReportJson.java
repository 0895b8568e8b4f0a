package org.custodian.cli;

import java.time.LocalDate;
import java.util.List;
import org.custodian.analysis.DeparturePlan;
import org.custodian.analysis.HygieneFinding;
import org.custodian.analysis.OrganisationReach;
import org.custodian.analysis.PathStep;
import org.custodian.analysis.PlannedTask;
import org.custodian.analysis.Reach;
import org.custodian.model.NameIndex;

/**
 * The stable JSON shapes of the reports. Field names here are a contract with scripts: add, never
 * rename. Enum values are their constant names (e.g. "CAN_REACH_NOW").
 */
final class ReportJson {
    private ReportJson() {}

    record Step(String type, String name, String via) {}

    record ReachRow(
            String person,
            String asset,
            String kind,
            String criticality,
            String level,
            String via,
            List<String> through,
            String sentence,
            List<Step> path,
            List<String> otherRoutes) {}

    record ExposureReport(String subject, LocalDate asOf, int count, List<ReachRow> results) {}

    record TaskRow(
            int order,
            String phase,
            String section,
            String action,
            String asset,
            String title,
            String reason,
            List<String> recipients,
            LocalDate due) {}

    record PlanReport(
            String leaver,
            String type,
            String mode,
            LocalDate lastDay,
            LocalDate planned,
            int count,
            List<TaskRow> tasks) {}

    record FindingRow(String type, String asset, String person, String message) {}

    static ReachRow row(Reach reach, List<String> through) {
        return new ReachRow(
                reach.person().name(),
                reach.asset().name(),
                reach.asset().kind().name(),
                reach.asset().criticality().name(),
                reach.level().name(),
                reach.route().name(),
                through,
                reach.sentence(),
                reach.path().stream().map(ReportJson::step).toList(),
                reach.otherRoutes().stream().map(Reach::sentence).toList());
    }

    static ReachRow row(OrganisationReach reach) {
        return row(reach.best(), reach.through().stream().map(p -> p.name()).toList());
    }

    static Step step(PathStep step) {
        if (step instanceof PathStep.PersonStep p) {
            return new Step("person", p.name(), null);
        }
        if (step instanceof PathStep.GroupStep g) {
            return new Step("group", g.name(), "member");
        }
        if (step instanceof PathStep.CustodyStep c) {
            return new Step("asset", c.name(), c.role().name());
        }
        PathStep.GrantStep grant = (PathStep.GrantStep) step;
        return new Step("asset", grant.name(), grant.kind().name());
    }

    static PlanReport plan(DeparturePlan plan, NameIndex names) {
        List<TaskRow> tasks = plan.tasks().stream().map(t -> task(t, names)).toList();
        return new PlanReport(
                plan.leaverName(),
                plan.type().name(),
                plan.mode().name(),
                plan.lastDay(),
                plan.today(),
                tasks.size(),
                tasks);
    }

    private static TaskRow task(PlannedTask t, NameIndex names) {
        return new TaskRow(
                t.position(),
                t.phase().name(),
                t.section().name(),
                t.action().name(),
                names.name(t.asset()),
                t.title(),
                t.reason(),
                t.recipients(),
                t.due());
    }

    static FindingRow finding(HygieneFinding f, NameIndex names) {
        return new FindingRow(f.type().name(), names.name(f.asset()), names.name(f.person()), f.message());
    }
}
