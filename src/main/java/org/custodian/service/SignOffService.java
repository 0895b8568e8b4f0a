package org.custodian.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.custodian.importer.SignOffRow;
import org.custodian.importer.SignOffSheet;
import org.custodian.importer.SignOffWorkbookReader;
import org.custodian.model.Departure;
import org.custodian.model.DepartureId;
import org.custodian.model.DepartureTask;
import org.custodian.model.InventoryInfo;
import org.custodian.model.TaskId;
import org.custodian.model.TaskStatus;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;
import org.custodian.storage.Database;
import org.custodian.storage.Tx;

/**
 * Records a manager's sign-off from a returned departure workbook: preview first, then apply all of it
 * in one transaction or nothing. Only completions come back (Done, Not needed); a sheet saying Open never
 * reopens a task the inventory already has done.
 */
public final class SignOffService {
    static final String NOT_NEEDED_REASON = "Marked not needed on the sign-off sheet";
    private final Database database;
    private final Repositories repositories;
    private final DepartureService departures;
    private final Clock clock;

    SignOffService(Database database, Repositories repositories, DepartureService departures, Clock clock) {
        this.database = database;
        this.repositories = repositories;
        this.departures = departures;
        this.clock = clock;
    }

    /** {@code expected} (or null) is the departure the user is looking at; a workbook for another is refused. */
    public SignOffPreview preview(Path workbook, DepartureId expected) {
        SignOffSheet sheet = SignOffWorkbookReader.read(workbook);
        return database.read(tx -> compare(tx, sheet, expected));
    }

    /** Re-reads and re-compares inside the write, so what is applied is what the inventory holds now. */
    public SignOffPreview apply(Path workbook, DepartureId expected) {
        return record(SignOffWorkbookReader.read(workbook), expected);
    }

    /**
     * The command line's {@code import signoff}: the workbook is read once, previewed, and with {@code apply}
     * recorded when the preview allows it. Reading is the costly part of a large workbook, so it is not
     * repeated between the preview and the write; the comparison is, inside the write.
     */
    public SignOffPreview previewOrApply(Path workbook, DepartureId expected, boolean apply) {
        SignOffSheet sheet = SignOffWorkbookReader.read(workbook);
        SignOffPreview preview = database.read(tx -> compare(tx, sheet, expected));
        return apply && preview.canApply() && !preview.changes().isEmpty() ? record(sheet, expected) : preview;
    }

    private SignOffPreview record(SignOffSheet sheet, DepartureId expected) {
        return database.write(tx -> {
            SignOffPreview preview = compare(tx, sheet, expected);
            if (!preview.canApply()) {
                throw new ValidationException(preview.problems());
            }
            Map<TaskId, DepartureTask> tasks = tasksById(tx, preview.departure().id());
            for (SignOffPreview.Change change : preview.changes()) {
                DepartureTask task = tasks.get(change.task());
                if (change.to() == TaskStatus.DONE) {
                    departures.recordDone(tx, task, change.doneBy(), change.doneOn(), change.evidence());
                } else {
                    departures.recordNotNeeded(tx, task, notNeededReason(change.evidence()), change.evidence());
                }
            }
            return preview;
        });
    }

    private SignOffPreview compare(Tx tx, SignOffSheet sheet, DepartureId expected) {
        InventoryInfo info = repositories.info().find(tx).orElseThrow();
        if (!info.inventoryId().equals(sheet.inventoryId())) {
            throw refuse("This workbook was exported from another inventory, not \"" + info.name()
                    + "\". Import it into the inventory it came from.");
        }
        if (expected != null && !expected.equals(sheet.departure())) {
            throw refuse("This workbook is the sign-off sheet of another departure, not the one you chose.");
        }
        Departure departure = repositories
                .departures()
                .find(tx, sheet.departure())
                .orElseThrow(
                        () -> refuse("The departure this workbook was exported for is no longer in this inventory."));
        Map<TaskId, DepartureTask> tasks = tasksById(tx, departure.id());
        List<SignOffPreview.Change> changes = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<Violation> problems = new ArrayList<>(sheet.problems());
        LocalDate today = LocalDate.now(clock);
        for (SignOffRow row : sheet.rows()) {
            DepartureTask task = tasks.get(row.task());
            if (task == null) {
                problems.add(
                        new Violation("taskId", row.where() + ": that task is not part of this departure's plan."));
                continue;
            }
            check(row, today, problems);
            change(task, row, kept).ifPresent(changes::add);
        }
        String leaver = Snapshots.names(tx, repositories).nameOr(departure.leaver(), "?");
        return new SignOffPreview(departure, leaver, changes, kept, problems);
    }

    private static void check(SignOffRow row, LocalDate today, List<Violation> problems) {
        if (row.status() == TaskStatus.DONE && row.doneOn() == null) {
            problems.add(new Violation("doneOn", row.where() + ": a task marked Done needs the date in \"Done on\"."));
        }
        if (row.doneOn() != null && row.doneOn().isAfter(today)) {
            problems.add(
                    new Violation("doneOn", row.where() + ": \"Done on\" is in the future (" + row.doneOn() + ")."));
        }
    }

    private static Optional<SignOffPreview.Change> change(DepartureTask task, SignOffRow row, List<String> kept) {
        TaskStatus to = row.status();
        if (to == TaskStatus.OPEN) {
            if (task.status() != TaskStatus.OPEN) {
                kept.add("Task " + task.position() + " \"" + task.title() + "\" stays "
                        + task.status().label() + ": the sheet says Open, and an import never reopens a task.");
            }
            return Optional.empty();
        }
        boolean same = task.status() == to
                && (to == TaskStatus.NOT_NEEDED
                        || Objects.equals(task.doneBy(), row.doneBy())
                                && Objects.equals(task.doneOn(), row.doneOn())
                                && Objects.equals(task.evidence(), row.evidence()));
        if (same) {
            return Optional.empty();
        }
        return Optional.of(new SignOffPreview.Change(
                task.id(),
                task.position(),
                task.title(),
                task.status(),
                to,
                to == TaskStatus.DONE ? row.doneBy() : null,
                to == TaskStatus.DONE ? row.doneOn() : null,
                row.evidence()));
    }

    private Map<TaskId, DepartureTask> tasksById(Tx tx, DepartureId departure) {
        return repositories.departures().tasks(tx, departure).stream()
                .collect(Collectors.toMap(DepartureTask::id, Function.identity()));
    }

    private static String notNeededReason(String evidence) {
        return evidence != null ? evidence : NOT_NEEDED_REASON;
    }

    private static ValidationException refuse(String message) {
        return new ValidationException(List.of(new Violation("file", message)));
    }
}
