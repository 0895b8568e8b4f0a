package org.custodian.model;

import java.util.Objects;
import java.util.UUID;

public record PersonId(UUID value) implements Principal, Leaver {
    public PersonId {
        Objects.requireNonNull(value, "id");
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
