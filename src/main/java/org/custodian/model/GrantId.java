package org.custodian.model;

import java.util.Objects;
import java.util.UUID;

public record GrantId(UUID value) {
    public GrantId {
        Objects.requireNonNull(value, "id");
    }

    public static GrantId random() {
        return new GrantId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
