package org.custodian.model;

import java.time.LocalDate;

/** A person or organisation leaving; its plan is the list of {@link DepartureTask}s saved with it. */
public record Departure(
        DepartureId id,
        Leaver leaver,
        DepartureType type,
        DepartureMode mode,
        LocalDate lastDay,
        LocalDate createdOn,
        String note) {
    public Departure {
        note = Rules.clean(note);
        Rules.check()
                .present(id, "id", "A departure needs an id")
                .present(leaver, "leaver", "A departure must name a person or an organisation")
                .present(type, "type", "Choose the type of departure")
                .present(mode, "mode", "Choose friendly or hostile")
                .present(lastDay, "lastDay", "A departure needs a last day")
                .present(createdOn, "createdOn", "A departure needs the date it was planned")
                .orThrow();
    }
}
