package org.custodian.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.custodian.analysis.DeparturePlan;
import org.custodian.analysis.DeparturePlanner;
import org.custodian.model.Departure;
import org.custodian.model.DepartureId;
import org.custodian.model.DepartureMode;
import org.custodian.model.DepartureTask;
import org.custodian.model.DepartureType;
import org.custodian.model.Leaver;
import org.custodian.model.PlanAction;
import org.custodian.model.Rotation;
import org.custodian.model.RotationId;
import org.custodian.model.RotationKind;
import org.custodian.model.TaskId;
import org.custodian.model.TaskStatus;
import org.custodian.storage.Database;
import org.custodian.storage.Tx;

/** Planning departures (what-if or saved) and tracking their tasks to done. */
public final class DepartureService {
    private final Database database;
    private final Repositories repositories;
    private final Clock clock;
    private final DeparturePlanner planner = new DeparturePlanner();

    DepartureService(Database database, Repositories repositories, Clock clock) {
        this.database = database;
        this.repositories = repositories;
        this.clock = clock;
    }

    /** The plan as it would be today; nothing is saved. */
    public DeparturePlan whatIf(Leaver leaver, DepartureType type, DepartureMode mode, LocalDate lastDay) {
        return database.read(tx ->
                planner.plan(Snapshots.read(tx, repositories), leaver, type, mode, lastDay, LocalDate.now(clock)));
    }

    /** Plans and saves the departure with its tasks in one transaction, from the same read. */
    public Departure startDeparture(
            Leaver leaver, DepartureType type, DepartureMode mode, LocalDate lastDay, String note) {
        return database.write(tx -> {
            LocalDate today = LocalDate.now(clock);
            Departure departure = new Departure(DepartureId.random(), leaver, type, mode, lastDay, today, note);
            DeparturePlan plan = planner.plan(Snapshots.read(tx, repositories), leaver, type, mode, lastDay, today);
            repositories.departures().add(tx, departure, plan.toDepartureTasks(departure.id(), TaskId::random));
            return departure;
        });
    }

    public List<Departure> departures() {
        return database.read(repositories.departures()::findAll);
    }

    public Optional<Departure> departure(DepartureId id) {
        return database.read(tx -> repositories.departures().find(tx, id));
    }

    public List<DepartureTask> tasks(DepartureId departure) {
        return database.read(tx -> repositories.departures().tasks(tx, departure));
    }

    /**
     * Marks a task done. For a task that changes the asset (rotate, re-key, disable, cancel…) the
     * change is recorded on the asset in the same transaction: that is what ends "still knows".
     */
    public DepartureTask completeTask(TaskId id, String doneBy, LocalDate doneOn, String evidence) {
        return database.write(tx -> recordDone(tx, requireTask(tx, id), doneBy, doneOn, evidence));
    }

    /** Inside the caller's transaction, so a sign-off import records many completions all or nothing. */
    DepartureTask recordDone(Tx tx, DepartureTask task, String doneBy, LocalDate doneOn, String evidence) {
        DepartureTask done = withStatus(task, TaskStatus.DONE, null, doneBy, doneOn, evidence);
        repositories.departures().updateTask(tx, done);
        if (task.status() != TaskStatus.DONE) {
            rotationKindOf(task.action())
                    .filter(kind -> task.asset() != null)
                    .ifPresent(kind -> repositories
                            .rotations()
                            .add(
                                    tx,
                                    new Rotation(
                                            RotationId.random(),
                                            task.asset(),
                                            kind,
                                            doneOn,
                                            null,
                                            "Departure task " + task.position() + ": " + task.title())));
        }
        return done;
    }

    DepartureTask recordNotNeeded(Tx tx, DepartureTask task, String reason, String evidence) {
        DepartureTask changed = withStatus(task, TaskStatus.NOT_NEEDED, reason, null, null, evidence);
        repositories.departures().updateTask(tx, changed);
        return changed;
    }

    private DepartureTask requireTask(Tx tx, TaskId id) {
        return repositories
                .departures()
                .findTask(tx, id)
                .orElseThrow(() -> CustodyService.invalid("task", "That task is no longer in the inventory"));
    }

    public DepartureTask markNotNeeded(TaskId id, String reason) {
        return updateStatus(id, TaskStatus.NOT_NEEDED, reason);
    }

    public DepartureTask reopen(TaskId id) {
        return updateStatus(id, TaskStatus.OPEN, null);
    }

    private DepartureTask updateStatus(TaskId id, TaskStatus status, String reason) {
        return database.write(tx -> {
            DepartureTask task = repositories
                    .departures()
                    .findTask(tx, id)
                    .orElseThrow(() -> CustodyService.invalid("task", "That task is no longer in the inventory"));
            DepartureTask changed = withStatus(task, status, reason, null, null, task.evidence());
            repositories.departures().updateTask(tx, changed);
            return changed;
        });
    }

    private static DepartureTask withStatus(
            DepartureTask t, TaskStatus status, String reason, String doneBy, LocalDate doneOn, String evidence) {
        return new DepartureTask(
                t.id(),
                t.departure(),
                t.position(),
                t.phase(),
                t.section(),
                t.action(),
                t.asset(),
                t.title(),
                t.reason(),
                t.recipients(),
                t.due(),
                status,
                reason,
                doneBy,
                doneOn,
                evidence);
    }

    /** Which record on the asset a finished task leaves behind; hand-overs and notices leave none. */
    static Optional<RotationKind> rotationKindOf(PlanAction action) {
        return switch (action) {
            case ROTATE_SECRET, CHANGE_ALARM_CODE_AND_CALL_LIST, RE_ENROL_MFA -> Optional.of(RotationKind.ROTATED);
            case RE_KEY_LOCK -> Optional.of(RotationKind.RE_KEYED);
            case DISABLE_ACCOUNT -> Optional.of(RotationKind.DISABLED);
            case CANCEL_CARD_OR_AUTHORITY, REMOVE_ALLOW_RULE, DISABLE_VPN_ACCESS, UNINSTALL_REMOTE_TOOL ->
                Optional.of(RotationKind.REVOKED);
            default -> Optional.empty();
        };
    }
}
