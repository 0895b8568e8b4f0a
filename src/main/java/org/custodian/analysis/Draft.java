package org.custodian.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.custodian.model.Asset;
import org.custodian.model.DeparturePhase;
import org.custodian.model.PlanAction;
import org.custodian.model.PlanSection;

/** A task before the plan is sorted and numbered; {@code order} sorts it within its phase and section. */
record Draft(
        DeparturePhase phase,
        PlanSection section,
        PlanAction action,
        Asset asset,
        String title,
        String reason,
        List<String> recipients,
        LocalDate due,
        long order) {
    Draft {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(due, "due");
        recipients = List.copyOf(recipients);
    }

    Draft in(DeparturePhase newPhase, LocalDate newDue, String note) {
        return new Draft(newPhase, section, action, asset, title, reason + " " + note, recipients, newDue, order);
    }

    PlannedTask numbered(int position) {
        return new PlannedTask(
                position, phase, section, action, asset == null ? null : asset.id(), title, reason, recipients, due);
    }
}
