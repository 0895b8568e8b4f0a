package org.custodian.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Workbook;
import org.custodian.analysis.DeparturePlan;
import org.custodian.analysis.ExposureLevel;
import org.custodian.analysis.Hygiene;
import org.custodian.analysis.HygieneFinding;
import org.custodian.analysis.Reachability;
import org.custodian.export.DeparturePlanWorkbook;
import org.custodian.export.DepartureReport;
import org.custodian.export.HygieneWorkbook;
import org.custodian.export.InventoryIndex;
import org.custodian.export.InventoryWorkbook;
import org.custodian.export.KeyRegisterWorkbook;
import org.custodian.export.PersonExposureWorkbook;
import org.custodian.export.ReportContext;
import org.custodian.export.WhoCanTouchWorkbook;
import org.custodian.export.WorkbookFile;
import org.custodian.model.Asset;
import org.custodian.model.AuditEntry;
import org.custodian.model.DamagedInventoryException;
import org.custodian.model.Departure;
import org.custodian.model.DepartureId;
import org.custodian.model.DepartureTask;
import org.custodian.model.InventoryInfo;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.NotFoundException;
import org.custodian.model.Organisation;
import org.custodian.model.Person;
import org.custodian.model.TaskId;
import org.custodian.storage.Database;
import org.custodian.storage.Tx;

/**
 * The Excel reports. Each gathers what it shows in one read (so every sheet describes the same state,
 * named by the audit anchor in its footer), then builds the workbook and saves it atomically.
 */
public final class ReportService {
    private final Database database;
    private final Repositories repositories;
    private final Inventory inventory;

    ReportService(Inventory inventory) {
        this.inventory = inventory;
        this.database = inventory.database();
        this.repositories = inventory.repositories();
    }

    /** {@code asOf} null means today; {@code includeNoLonger} adds what rotation already ended. */
    public void exposure(String personName, LocalDate asOf, boolean includeNoLonger, Path out) {
        save(out, read(tx -> null), (read) -> {
            Person person = Names.require(read.snapshot.people(), Person::name, personName, "person");
            var exposure = Reachability.of(read.snapshot, day(asOf)).exposureOf(person.id(), minimum(includeNoLonger));
            return PersonExposureWorkbook.build(exposure, read.index(), read.context);
        });
    }

    /** The external provider's exposure through all of its people, one row per asset. */
    public void exposureOfOrganisation(String organisationName, LocalDate asOf, boolean includeNoLonger, Path out) {
        save(out, read(tx -> null), (read) -> {
            Organisation organisation = Names.require(read.snapshot.organisations(), Organisation::name,
                    organisationName, "organisation");
            var exposure = Reachability.of(read.snapshot, day(asOf)).exposureOf(organisation.id(),
                    minimum(includeNoLonger));
            return PersonExposureWorkbook.build(exposure, read.index(), read.context);
        });
    }

    public void whoCanTouch(String assetName, LocalDate asOf, boolean includeNoLonger, Path out) {
        save(out, read(tx -> null), (read) -> {
            Asset asset = Names.require(read.snapshot.assets(), Asset::name, assetName, "asset");
            var exposure = Reachability.of(read.snapshot, day(asOf)).whoCanTouch(asset.id(), minimum(includeNoLonger));
            return WhoCanTouchWorkbook.build(exposure, read.index(), read.context);
        });
    }

    /** Every hygiene finding, including departure tasks still open after their due day. */
    public void hygiene(Path out) {
        Read<List<HygieneFinding>> read = read(tx -> {
            List<HygieneFinding> overdue = new ArrayList<>();
            for (Departure departure : repositories.departures().findAll(tx)) {
                overdue.addAll(Hygiene.overdueTasks(departure, repositories.departures().tasks(tx, departure.id()),
                        inventory.today()));
            }
            return overdue;
        });
        save(out, read, r -> {
            List<HygieneFinding> findings = new ArrayList<>(Hygiene.of(r.snapshot, inventory.today()).all());
            findings.addAll(r.extra);
            return HygieneWorkbook.build(findings, r.index(), r.context);
        });
    }

    public void keyRegister(Path out) {
        save(out, read(tx -> null), r -> KeyRegisterWorkbook.build(r.snapshot, r.index(), r.context));
    }

    public void inventory(Path out) {
        save(out, read(tx -> null), r -> InventoryWorkbook.build(r.snapshot, r.index(), r.context));
    }

    /** A saved departure with its tracked tasks and their ids, so the sheet can be signed off and imported. */
    public void departure(DepartureId id, Path out) {
        Read<DepartureReport> read = read(tx -> {
            Departure departure = repositories.departures().find(tx, id)
                    .orElseThrow(() -> new NotFoundException("That departure is not in this inventory."));
            List<DepartureTask> tasks = repositories.departures().tasks(tx, id);
            return new DepartureReport(id, leaverName(tx, departure), departure.type(), departure.mode(),
                    departure.lastDay(), tasks);
        });
        save(out, read, r -> DeparturePlanWorkbook.build(r.extra, r.index(), r.context));
    }

    /** A what-if plan: the same layout without task ids; it cannot be imported back. */
    public void whatIfDeparture(DeparturePlan plan, Path out) {
        DepartureId unsaved = DepartureId.random();
        List<DepartureTask> tasks = plan.toDepartureTasks(unsaved, TaskId::random);
        save(out, read(tx -> null), r -> DeparturePlanWorkbook.build(new DepartureReport(null, plan.leaverName(),
                plan.type(), plan.mode(), plan.lastDay(), tasks), r.index(), r.context));
    }

    private String leaverName(Tx tx, Departure departure) {
        Object leaver = departure.leaver();
        return repositories.people().findAll(tx).stream().filter(p -> p.id().equals(leaver)).map(Person::name)
                .findFirst().orElseGet(() -> repositories.organisations().findAll(tx).stream()
                        .filter(o -> o.id().equals(leaver)).map(o -> o.name()).findFirst().orElse("(unknown)"));
    }

    private <T> Read<T> read(Function<Tx, T> extra) {
        return database.read(tx -> {
            InventorySnapshot snapshot = Snapshots.read(tx, repositories);
            InventoryInfo info = snapshot.info();
            if (info == null) {
                throw new DamagedInventoryException("The inventory has no name record.");
            }
            List<AuditEntry> head = repositories.audit().newestFirst(tx, 1);
            ReportContext context = new ReportContext(info.inventoryId(), info.name(), inventory.today(),
                    head.isEmpty() ? 0 : head.get(0).seq(), head.isEmpty() ? "" : head.get(0).hash());
            return new Read<>(snapshot, context, extra.apply(tx));
        });
    }

    private static <T> void save(Path out, Read<T> read, Function<Read<T>, Workbook> build) {
        WorkbookFile.save(build.apply(read), out);
    }

    private LocalDate day(LocalDate asOf) {
        return asOf == null ? inventory.today() : asOf;
    }

    private static ExposureLevel minimum(boolean includeNoLonger) {
        return includeNoLonger ? ExposureLevel.NO_LONGER_EXPOSED : ExposureLevel.STILL_KNOWS;
    }

    /** One read: the snapshot, where it came from, and whatever else the report needs from the same transaction. */
    private record Read<T>(InventorySnapshot snapshot, ReportContext context, T extra) {
        InventoryIndex index() {
            return new InventoryIndex(snapshot);
        }
    }
}
