package org.custodian.model;

import java.util.Objects;
import java.util.UUID;

public record AssetId(UUID value) implements NamedId {
    public AssetId {
        Objects.requireNonNull(value, "id");
    }

    public static AssetId random() {
        return new AssetId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
