package org.custodian.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.custodian.model.AuditEntry;
import org.custodian.model.InventoryInfo;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.NameIndex;
import org.custodian.model.PassphraseRule;
import org.custodian.storage.Database;
import org.custodian.storage.KdfPolicy;

/** One open inventory and the use cases that work on it. Close it to lock it again. */
public final class Inventory implements AutoCloseable {
    private final Database database;
    private final Clock clock;
    private final KdfPolicy kdfPolicy;
    private final Repositories repositories = new Repositories();
    private final PeopleService people;
    private final AssetService assets;
    private final CustodyService custody;
    private final GroupService groups;
    private final ExposureService exposure;
    private final DepartureService departures;
    private final ReportService reports;
    private final SignOffService signOff;
    private final BackupService backups;
    private final InventoryImport imports;
    private final VaultImport vaults;

    private static final String READ_ONLY = "Opened for reading only: this folder cannot be written here, so nothing "
            + "can be changed. To change it, copy the whole folder somewhere you can write and open the copy.";
    private final OpenHistory history;
    private final String openingWarning;

    Inventory(Database database, Clock clock, KdfPolicy kdfPolicy) {
        this(database, clock, kdfPolicy, OpenHistory.none());
    }

    Inventory(Database database, Clock clock, KdfPolicy kdfPolicy, OpenHistory history) {
        this.history = history;
        this.openingWarning = database.readOnly()
                ? READ_ONLY
                : history.warningFor(database.inventoryKey(), database.auditHead(), database.auditHeadHash())
                        .orElse(null);
        this.database = database;
        this.clock = clock;
        this.kdfPolicy = kdfPolicy;
        this.people = new PeopleService(database, repositories);
        this.assets = new AssetService(database, repositories);
        this.custody = new CustodyService(database, repositories);
        this.groups = new GroupService(database, repositories);
        this.exposure = new ExposureService(database, repositories, clock);
        this.departures = new DepartureService(database, repositories, clock);
        this.reports = new ReportService(database, repositories, exposure, clock);
        this.signOff = new SignOffService(database, repositories, departures, clock);
        this.backups = new BackupService(database);
        this.imports = new InventoryImport(database, repositories);
        this.vaults = new VaultImport(database, repositories, clock);
    }

    public PeopleService people() {
        return people;
    }

    public AssetService assets() {
        return assets;
    }

    public CustodyService custody() {
        return custody;
    }

    public GroupService groups() {
        return groups;
    }

    public ExposureService exposure() {
        return exposure;
    }

    public DepartureService departures() {
        return departures;
    }

    public ReportService reports() {
        return reports;
    }

    public SignOffService signOff() {
        return signOff;
    }

    /** {@code import inventory}: the CSV set into this inventory, previewed, then all or nothing. */
    public InventoryImport imports() {
        return imports;
    }

    /** Imports from a user's own CSV or XLSX (an HR list, a directory export, an asset register). */
    public SpreadsheetImport spreadsheets() {
        return new SpreadsheetImport(database, repositories, imports);
    }

    /** Imports of a password vault's metadata (KeePass, KeePassXC CSV, Bitwarden), never its secrets. */
    public VaultImport vaults() {
        return vaults;
    }

    public BackupService backups() {
        return backups;
    }

    public InventoryInfo info() {
        return database.read(tx -> repositories.info().find(tx))
                .orElseThrow(
                        () -> new org.custodian.model.DamagedInventoryException("The inventory has no name record."));
    }

    /** Everything in one read, for the analysis and for reports. */
    public InventorySnapshot snapshot() {
        return database.read(tx -> Snapshots.read(tx, repositories));
    }

    /** The display names of people, organisations, groups and assets, from one read, to show ids by name. */
    public NameIndex names() {
        return database.read(tx -> Snapshots.names(tx, repositories));
    }

    public List<AuditEntry> recentChanges(int limit) {
        return database.read(tx -> repositories.audit().newestFirst(tx, limit));
    }

    /** Walks the whole change history, reads every record and index, then every record through the model's rules. */
    public CheckReport check() {
        database.verifyEverything();
        return new InventoryCheck(database, repositories).run();
    }

    /** The new passphrase meets the same minimum as a new inventory's, whichever front end asks. */
    public void changePassphrase(char[] newPassphrase) {
        PassphraseRule.check(newPassphrase);
        database.changePassphrase(newPassphrase, kdfPolicy);
    }

    public Path folder() {
        return database.folder();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    Database database() {
        return database;
    }

    Repositories repositories() {
        return repositories;
    }

    /** Said once when the inventory opened, e.g. that this copy is older than one opened here before. */
    public java.util.Optional<String> openingWarning() {
        return java.util.Optional.ofNullable(openingWarning);
    }

    @Override
    public void close() {
        long seq = database.auditHead();
        String head = database.auditHeadHash();
        try {
            database.close();
        } finally {
            history.remember(database.inventoryKey(), seq, head); // saved even when the backup after it failed
        }
    }
}
