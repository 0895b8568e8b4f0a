package org.custodian.model;

import java.util.Objects;
import java.util.UUID;

public record GroupId(UUID value) implements Principal {
    public GroupId {
        Objects.requireNonNull(value, "id");
    }

    public static GroupId random() {
        return new GroupId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
