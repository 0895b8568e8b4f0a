package org.custodian.model;

import java.time.LocalDate;

/**
 * A person or group holding an asset in a role, from a date; ending it records the date and why.
 * History is kept: an ended custody is never deleted.
 */
public record Custody(
        CustodyId id,
        AssetId asset,
        Principal holder,
        CustodyRole role,
        LocalDate from,
        LocalDate until,
        EndReason endReason,
        Integer copies,
        String note) {
    public Custody {
        note = Rules.clean(note);
        Rules.check()
                .present(id, "id", "Custody needs an id")
                .present(asset, "asset", "Custody must name an asset")
                .present(holder, "holder", "Custody must name a person or a group")
                .present(role, "role", "Choose the custody role")
                .present(from, "from", "Custody needs a start date")
                .ordered(from, until, "until", "Custody cannot end before it starts")
                .require(
                        (until == null) == (endReason == null),
                        "endReason",
                        "An ended custody needs a reason (returned, revoked, rotated, left), and only an ended one")
                .require(copies == null || copies >= 1, "copies", "Copies held must be at least 1")
                .orThrow();
    }

    public boolean activeOn(LocalDate day) {
        return !from.isAfter(day) && (until == null || until.isAfter(day));
    }

    public Custody endedOn(LocalDate day, EndReason reason) {
        return new Custody(id, asset, holder, role, from, day, reason, copies, note);
    }
}
