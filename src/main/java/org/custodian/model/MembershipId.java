package org.custodian.model;

import java.util.Objects;
import java.util.UUID;

public record MembershipId(UUID value) {
    public MembershipId {
        Objects.requireNonNull(value, "id");
    }

    public static MembershipId random() {
        return new MembershipId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
