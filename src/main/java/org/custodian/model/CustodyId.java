package org.custodian.model;

import java.util.Objects;
import java.util.UUID;

public record CustodyId(UUID value) {
    public CustodyId {
        Objects.requireNonNull(value, "id");
    }

    public static CustodyId random() {
        return new CustodyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
