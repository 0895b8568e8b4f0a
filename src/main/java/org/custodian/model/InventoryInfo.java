package org.custodian.model;

import java.time.Instant;
import java.util.UUID;

/** The inventory's own identity: reports carry its name, sign-off imports check its id. */
public record InventoryInfo(UUID inventoryId, String name, Instant createdAt) {
    public InventoryInfo {
        name = Rules.clean(name);
        Rules.check()
                .notBlank(name, "name", "The inventory needs a name, e.g. your company's")
                .orThrow();
    }
}
