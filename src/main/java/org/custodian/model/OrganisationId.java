package org.custodian.model;

import java.util.Objects;
import java.util.UUID;

public record OrganisationId(UUID value) implements Leaver {
    public OrganisationId {
        Objects.requireNonNull(value, "id");
    }

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
