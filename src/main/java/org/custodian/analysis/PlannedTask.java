package org.custodian.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.custodian.model.AssetId;
import org.custodian.model.DepartureId;
import org.custodian.model.DeparturePhase;
import org.custodian.model.DepartureTask;
import org.custodian.model.PlanAction;
import org.custodian.model.PlanSection;
import org.custodian.model.TaskId;
import org.custodian.model.TaskStatus;

/**
 * One step of a departure plan before it is saved: where it sits, what to do to which asset, why (the
 * explaining path), who must receive the new secret, and by when.
 */
public record PlannedTask(
        int position,
        DeparturePhase phase,
        PlanSection section,
        PlanAction action,
        AssetId asset,
        String title,
        String reason,
        List<String> recipients,
        LocalDate due) {
    public PlannedTask {
        if (position < 1) {
            throw new IllegalArgumentException("A task's position starts at 1");
        }
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(due, "due");
        if (title.isBlank()) {
            throw new IllegalArgumentException("A task needs a title");
        }
        recipients = List.copyOf(recipients);
    }

    /** The open task the departure will track. */
    public DepartureTask toDepartureTask(TaskId id, DepartureId departure) {
        return new DepartureTask(
                id,
                departure,
                position,
                phase,
                section,
                action,
                asset,
                title,
                reason,
                recipients.isEmpty() ? null : String.join(", ", recipients),
                due,
                TaskStatus.OPEN,
                null,
                null,
                null,
                null);
    }
}
