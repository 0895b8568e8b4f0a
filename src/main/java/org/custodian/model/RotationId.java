package org.custodian.model;

import java.util.Objects;
import java.util.UUID;

public record RotationId(UUID value) {
    public RotationId {
        Objects.requireNonNull(value, "id");
    }

    public static RotationId random() {
        return new RotationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
