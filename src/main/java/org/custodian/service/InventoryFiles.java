package org.custodian.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.custodian.model.InventoryInfo;
import org.custodian.storage.Database;
import org.custodian.storage.KdfPolicy;

/** Creating and opening inventories: the front door every window and command goes through. */
public final class InventoryFiles {
    private final KdfPolicy kdfPolicy;
    private final Clock clock;
    private final String actor;

    public InventoryFiles(KdfPolicy kdfPolicy, Clock clock, String actor) {
        this.kdfPolicy = kdfPolicy;
        this.clock = clock;
        this.actor = actor;
    }

    /** The application's own settings: a passphrase check calibrated to about a second here. */
    public static InventoryFiles forThisMachine() {
        return new InventoryFiles(KdfPolicy.production(), Clock.systemDefaultZone(), System.getProperty("user.name", "unknown"));
    }

    public Inventory create(Path folder, String inventoryName, char[] passphrase) {
        return create(folder, inventoryName, passphrase, false);
    }

    Inventory create(Path folder, String inventoryName, char[] passphrase, boolean demo) {
        InventoryInfo info = new InventoryInfo(UUID.randomUUID(), inventoryName, Instant.now(clock));
        Database database = Database.create(folder, passphrase, kdfPolicy, demo, actor, clock);
        Inventory inventory = new Inventory(database, clock, kdfPolicy);
        try {
            database.write(tx -> {
                inventory.repositories().info().save(tx, info);
                return null;
            });
            return inventory;
        } catch (RuntimeException e) {
            inventory.close();
            throw e;
        }
    }

    public Inventory open(Path folder, char[] passphrase) {
        return new Inventory(Database.open(folder, passphrase, kdfPolicy, actor, clock), clock, kdfPolicy);
    }

    /** Whether the folder holds the demo inventory, whose passphrase is public and may be filled in. */
    public boolean isDemo(Path folder) {
        return Database.isDemo(folder);
    }

    public Clock clock() {
        return clock;
    }
}
