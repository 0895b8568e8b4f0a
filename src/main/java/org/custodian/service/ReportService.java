package org.custodian.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Workbook;
import org.custodian.analysis.DeparturePlan;
import org.custodian.analysis.Hygiene;
import org.custodian.analysis.HygieneFinding;
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
import org.custodian.model.AssetId;
import org.custodian.model.AuditEntry;
import org.custodian.model.DamagedInventoryException;
import org.custodian.model.Departure;
import org.custodian.model.DepartureId;
import org.custodian.model.DepartureTask;
import org.custodian.model.InventoryInfo;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.NameIndex;
import org.custodian.model.NotFoundException;
import org.custodian.model.OrganisationId;
import org.custodian.model.PersonId;
import org.custodian.model.TaskId;
import org.custodian.storage.Database;
import org.custodian.storage.Tx;

/**
 * The Excel reports. Each gathers what it shows in one read (so every sheet describes the same state,
 * named by the audit anchor in its footer), then builds the workbook and saves it atomically. Exposure
 * and hygiene are answered by {@link ExposureService} from that same read.
 */
public final class ReportService {
    private final Database database;
    private final Repositories repositories;
    private final ExposureService exposure;
    private final Clock clock;

    ReportService(Database database, Repositories repositories, ExposureService exposure, Clock clock) {
        this.database = database;
        this.repositories = repositories;
        this.exposure = exposure;
        this.clock = clock;
    }

    public void exposure(PersonId person, ReachQuery query, Path out) {
        save(
                out,
                read(),
                r -> PersonExposureWorkbook.build(
                        exposure.exposureOf(r.snapshot, person, query), r.index(), r.context));
    }

    /** The external provider's exposure through all of its people, one row per asset. */
    public void exposure(OrganisationId organisation, ReachQuery query, Path out) {
        save(
                out,
                read(),
                r -> PersonExposureWorkbook.build(
                        exposure.exposureOf(r.snapshot, organisation, query), r.index(), r.context));
    }

    public void whoCanTouch(AssetId asset, ReachQuery query, Path out) {
        save(
                out,
                read(),
                r -> WhoCanTouchWorkbook.build(exposure.whoCanTouch(r.snapshot, asset, query), r.index(), r.context));
    }

    /** Every hygiene finding, including departure tasks still open after their due day. */
    public void hygiene(Path out) {
        hygiene(out, null);
    }

    /** As things stood on {@code asOf} (null: today). */
    public void hygiene(Path out, LocalDate asOf) {
        hygiene(out, asOf, Hygiene.RENEWAL_WINDOW_DAYS);
    }

    /** With renewals and expiries shown {@code renewalWindowDays} ahead. */
    public void hygiene(Path out, LocalDate asOf, int renewalWindowDays) {
        Read<List<HygieneFinding>> read =
                read((tx, snapshot) -> exposure.hygiene(tx, snapshot, asOf, renewalWindowDays));
        save(out, read, r -> HygieneWorkbook.build(r.extra, r.index(), r.context));
    }

    public void keyRegister(Path out) {
        save(out, read(), r -> KeyRegisterWorkbook.build(r.snapshot, r.index(), r.context));
    }

    public void inventory(Path out) {
        save(out, read(), r -> InventoryWorkbook.build(r.snapshot, r.index(), r.context));
    }

    /** A saved departure with its tracked tasks and their ids, so the sheet can be signed off and imported. */
    public void departure(DepartureId id, Path out) {
        Read<DepartureReport> read = read((tx, snapshot) -> {
            Departure departure = repositories
                    .departures()
                    .find(tx, id)
                    .orElseThrow(() -> new NotFoundException("That departure is not in this inventory."));
            List<DepartureTask> tasks = repositories.departures().tasks(tx, id);
            String leaver = NameIndex.of(snapshot).nameOr(departure.leaver(), "(unknown)");
            return new DepartureReport(id, leaver, departure.type(), departure.mode(), departure.lastDay(), tasks);
        });
        save(out, read, r -> DeparturePlanWorkbook.build(r.extra, r.index(), r.context));
    }

    /** A what-if plan: the same layout without task ids; it cannot be imported back. */
    public void whatIfDeparture(DeparturePlan plan, Path out) {
        DepartureId unsaved = DepartureId.random();
        List<DepartureTask> tasks = plan.toDepartureTasks(unsaved, TaskId::random);
        save(
                out,
                read(),
                r -> DeparturePlanWorkbook.build(
                        new DepartureReport(null, plan.leaverName(), plan.type(), plan.mode(), plan.lastDay(), tasks),
                        r.index(),
                        r.context));
    }

    private Read<Void> read() {
        return read((tx, snapshot) -> null);
    }

    private <T> Read<T> read(BiFunction<Tx, InventorySnapshot, T> extra) {
        return database.read(tx -> {
            InventorySnapshot snapshot = Snapshots.read(tx, repositories);
            InventoryInfo info = snapshot.info();
            if (info == null) {
                throw new DamagedInventoryException("The inventory has no name record.");
            }
            List<AuditEntry> head = repositories.audit().newestFirst(tx, 1);
            ReportContext context = new ReportContext(
                    info.inventoryId(),
                    info.name(),
                    LocalDate.now(clock),
                    head.isEmpty() ? 0 : head.get(0).seq(),
                    head.isEmpty() ? "" : head.get(0).hash());
            return new Read<>(snapshot, context, extra.apply(tx, snapshot));
        });
    }

    private static <T> void save(Path out, Read<T> read, Function<Read<T>, Workbook> build) {
        WorkbookFile.save(build.apply(read), out);
    }

    /** One read: the snapshot, where it came from, and whatever else the report needs from the same transaction. */
    private record Read<T>(InventorySnapshot snapshot, ReportContext context, T extra) {
        InventoryIndex index() {
            return new InventoryIndex(snapshot);
        }
    }
}
