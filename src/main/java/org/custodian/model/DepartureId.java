package org.custodian.model;

import java.util.Objects;
import java.util.UUID;

public record DepartureId(UUID value) {
    public DepartureId {
        Objects.requireNonNull(value, "id");
    }

    public static DepartureId random() {
        return new DepartureId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
