package org.custodian.analysis;

import java.util.Objects;
import org.custodian.model.AssetId;
import org.custodian.model.PersonId;

/** One thing to fix, in plain words, about an asset, a person, or both (either may be null). */
public record HygieneFinding(HygieneFindingType type, AssetId asset, PersonId person, String message) {
    public HygieneFinding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
        if (message.isBlank()) {
            throw new IllegalArgumentException("A finding needs a message");
        }
    }
}
