package org.custodian.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodian.importer.CsvSource;
import org.custodian.importer.InventoryContent;
import org.custodian.importer.InventoryCsv;
import org.custodian.model.BackupStatus;
import org.custodian.model.InventoryInUseException;
import org.custodian.model.InventoryInfo;
import org.custodian.model.NoInventoryException;
import org.custodian.model.PassphraseRule;
import org.custodian.storage.Database;
import org.custodian.storage.InventoryBackups;
import org.custodian.storage.KdfPolicy;
import org.custodian.storage.StorageWarmUp;

/** Creating and opening inventories: the front door every window and command goes through. */
public final class InventoryFiles {
    /** Public on purpose: the demo holds no real data, and the start screen shows this passphrase. */
    public static final String DEMO_PASSPHRASE = "open the demo";

    private final KdfPolicy kdfPolicy;
    private final Clock clock;
    private final String actor;

    private final OpenHistory history;

    public InventoryFiles(KdfPolicy kdfPolicy, Clock clock, String actor) {
        this(kdfPolicy, clock, actor, OpenHistory.none());
    }

    public InventoryFiles(KdfPolicy kdfPolicy, Clock clock, String actor, OpenHistory history) {
        this.kdfPolicy = kdfPolicy;
        this.clock = clock;
        this.actor = actor;
        this.history = history;
    }

    /** The application's own settings: a passphrase check calibrated to about a second here. */
    public static InventoryFiles forThisMachine() {
        return new InventoryFiles(
                KdfPolicy.production(),
                Clock.systemDefaultZone(),
                System.getProperty("user.name", "unknown"),
                OpenHistory.forThisUser());
    }

    /** Refuses a passphrase shorter than {@link PassphraseRule#MINIMUM_LENGTH} before anything is written. */
    public Inventory create(Path folder, String inventoryName, char[] passphrase) {
        PassphraseRule.check(passphrase);
        return create(folder, inventoryName, passphrase, false, null);
    }

    /**
     * Creates the demo inventory of a realistic small company from the CSV set shipped in the jar.
     * The data is read and validated first, so bad data leaves no half-made inventory behind.
     */
    public Inventory createDemo(Path folder) {
        InventoryContent content = InventoryCsv.read(CsvSource.classpath("sample-data"), LocalDate.now(clock));
        return create(folder, content.inventoryName(), DEMO_PASSPHRASE.toCharArray(), true, content);
    }

    /** Creates an inventory holding the given content, written in one transaction. */
    public Inventory createFrom(Path folder, char[] passphrase, InventoryContent content) {
        PassphraseRule.check(passphrase);
        return create(folder, content.inventoryName(), passphrase, false, content);
    }

    /** Any failure after the folder was made takes back what this creation made, so a retry meets a clean folder. */
    private Inventory create(
            Path folder, String inventoryName, char[] passphrase, boolean demo, InventoryContent content) {
        InventoryInfo info = new InventoryInfo(UUID.randomUUID(), inventoryName, Instant.now(clock));
        NewFolder before = NewFolder.before(folder);
        Inventory inventory;
        try {
            inventory = new Inventory(
                    Database.create(folder, passphrase, kdfPolicy, demo, actor, clock), clock, kdfPolicy, history);
        } catch (InventoryInUseException e) {
            throw e; // another process holds this folder: what is in it is not ours to remove
        } catch (RuntimeException e) {
            before.undo();
            throw e;
        }
        try {
            inventory.database().write(tx -> {
                inventory.repositories().info().save(tx, info);
                return null;
            });
            if (content != null) {
                inventory.database().write(tx -> {
                    new InventoryLoader(inventory.repositories()).load(tx, content);
                    return null;
                });
            }
            return inventory;
        } catch (RuntimeException e) {
            try {
                inventory.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            before.undo();
            throw e;
        }
    }

    /**
     * Loads the storage and analysis code in the background while the user is still typing the
     * passphrase, so the open after it pays for the KDF and little else (see {@link StorageWarmUp},
     * {@link AnalysisWarmUp}).
     */
    public void prepareToOpen() {
        StorageWarmUp.begin(() -> AnalysisWarmUp.run(LocalDate.now(clock)));
    }

    public Inventory open(Path folder, char[] passphrase) {
        requireInventory(folder);
        return new Inventory(Database.open(folder, passphrase, kdfPolicy, actor, clock), clock, kdfPolicy, history);
    }

    /**
     * Verifies every backup of an inventory that is not open: its header and passphrase are checked, its
     * database is not opened, so this works while the inventory itself fails verification.
     */
    public List<BackupStatus> checkBackups(Path folder, char[] passphrase) {
        requireInventory(folder);
        return InventoryBackups.check(folder, passphrase, kdfPolicy);
    }

    /** Restores a backup of an inventory that is not open into a new or empty folder; see {@link BackupService}. */
    public BackupStatus restoreBackup(Path folder, char[] passphrase, String backup, Path to) {
        requireInventory(folder);
        return BackupService.undoingOnFailure(
                to, () -> InventoryBackups.restore(folder, passphrase, kdfPolicy, backup, to));
    }

    public boolean exists(Path folder) {
        return Database.exists(folder);
    }

    /** Refuses a path without an inventory as a slip of the user, before any passphrase is asked or derived. */
    public void requireInventory(Path folder) {
        if (!exists(folder)) {
            throw new NoInventoryException(folder);
        }
    }

    /** Whether the folder holds the demo inventory, whose passphrase is public and may be filled in. */
    public boolean isDemo(Path folder) {
        return Database.isDemo(folder);
    }

    public Clock clock() {
        return clock;
    }
}
