package org.custodian.model;

import java.time.LocalDate;

/** An edge between assets: whoever reaches {@code from} can also reach {@code to}. */
public record Grant(
        GrantId id, AssetId from, AssetId to, GrantKind kind, LocalDate since, LocalDate until, String note) {
    public Grant {
        note = Rules.clean(note);
        Rules.check()
                .present(id, "id", "A grant needs an id")
                .present(from, "from", "A grant must name the asset that gives access")
                .present(to, "to", "A grant must name the asset it gives access to")
                .require(from == null || !from.equals(to), "to", "An asset cannot grant access to itself")
                .present(kind, "kind", "Choose how one asset gives access to the other")
                .present(since, "since", "A grant needs a start date")
                .ordered(since, until, "until", "A grant cannot end before it starts")
                .orThrow();
    }

    public boolean activeOn(LocalDate day) {
        return !since.isAfter(day) && (until == null || until.isAfter(day));
    }
}
