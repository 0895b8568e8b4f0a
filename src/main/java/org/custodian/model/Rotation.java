package org.custodian.model;

import java.time.LocalDate;

/** The asset was rotated, re-keyed, disabled or revoked on a date: everyone who knew it before is cut off. */
public record Rotation(RotationId id, AssetId asset, RotationKind kind, LocalDate on, PersonId by, String note) {
    public Rotation {
        note = Rules.clean(note);
        Rules.check()
                .present(id, "id", "A rotation needs an id")
                .present(asset, "asset", "A rotation must name its asset")
                .present(kind, "kind", "Choose what was done: rotated, re-keyed, disabled or revoked")
                .present(on, "on", "A rotation needs its date")
                .orThrow();
    }
}
