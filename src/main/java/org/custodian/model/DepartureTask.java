package org.custodian.model;

import java.time.LocalDate;

/**
 * One tracked step of a departure plan. Phase, section and action are the planner's vocabulary; the
 * database stores their names as text, so the planner can grow without a migration.
 */
public record DepartureTask(
        TaskId id,
        DepartureId departure,
        int position,
        DeparturePhase phase,
        PlanSection section,
        PlanAction action,
        AssetId asset,
        String title,
        String reason,
        String recipients,
        LocalDate due,
        TaskStatus status,
        String statusReason,
        String doneBy,
        LocalDate doneOn,
        String evidence) {
    /** Column sizes of departure_task in the schema (V1__inventory.sql); longer text cannot be stored. */
    public static final int DONE_BY_LENGTH = 200;

    public static final int EVIDENCE_LENGTH = 4000;
    public static final int STATUS_REASON_LENGTH = 2000;

    public DepartureTask {
        title = Rules.clean(title);
        statusReason = Rules.clean(statusReason);
        doneBy = Rules.clean(doneBy);
        evidence = Rules.clean(evidence);
        Rules.check()
                .present(id, "id", "A task needs an id")
                .present(departure, "departure", "A task must belong to a departure")
                .require(position >= 1, "position", "A task's position starts at 1")
                .present(phase, "phase", "A task needs a phase")
                .present(section, "section", "A task needs a section")
                .present(action, "action", "A task needs an action")
                .notBlank(title, "title", "A task needs a title")
                .present(status, "status", "A task needs a status")
                .require(
                        status != TaskStatus.NOT_NEEDED || statusReason != null,
                        "statusReason",
                        "Say why the task is not needed")
                .require(
                        status != TaskStatus.DONE || doneOn != null, "doneOn", "A done task needs the date it was done")
                .maxLength(doneBy, DONE_BY_LENGTH, "doneBy", "\"Done by\"")
                .maxLength(evidence, EVIDENCE_LENGTH, "evidence", "Evidence")
                .maxLength(statusReason, STATUS_REASON_LENGTH, "statusReason", "The reason")
                .orThrow();
    }
}
