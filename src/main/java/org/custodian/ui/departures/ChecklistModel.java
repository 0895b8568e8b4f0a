package org.custodian.ui.departures;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.model.DepartureId;
import org.custodian.model.DepartureTask;
import org.custodian.model.TaskStatus;
import org.custodian.service.Inventory;
import org.custodian.ui.Background;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** The chosen departure's plan as a checklist: its tasks and progress, and closing or reopening a task. */
public final class ChecklistModel {
    /** A task of the checklist; a phase heading has no task and counts its phase's tasks in {@code status}. */
    public record TaskRow(
            DepartureTask task,
            String position,
            String phase,
            String title,
            String reason,
            String recipients,
            String status,
            String done) {
        static TaskRow heading(String phase, List<TaskRow> tasks) {
            long open = tasks.stream()
                    .filter(t -> t.task().status() == TaskStatus.OPEN)
                    .count();
            return new TaskRow(null, "", phase, phase, "", "", open + " open of " + tasks.size(), "");
        }

        static TaskRow of(DepartureTask t) {
            return new TaskRow(
                    t,
                    String.valueOf(t.position()),
                    t.phase().label(),
                    t.title(),
                    text(t.reason()),
                    text(t.recipients()),
                    Wording.label(t.status().name()) + (t.statusReason() == null ? "" : ": " + t.statusReason()),
                    Stream.of(t.doneBy(), Wording.date(t.doneOn()), t.evidence())
                            .filter(s -> s != null && !s.isBlank())
                            .collect(Collectors.joining(" · ")));
        }

        private static String text(String s) {
            return s == null ? "" : s;
        }
    }

    private final ObservableList<TaskRow> rows = FXCollections.observableArrayList();
    private final ObservableList<TaskRow> rowsShown = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final StringProperty doneBy = new SimpleStringProperty("");
    private final StringProperty evidence = new SimpleStringProperty("");
    private final StringProperty notNeededReason = new SimpleStringProperty("");

    private final Inventory inventory;
    private final Background background;
    /** The tasks of the chosen departure; choosing another drops an answer still on its way. */
    private final Background.Latest loading;
    /** The screen's one error line, under the departures list. */
    private final StringProperty error;

    private final Runnable changed;
    private DepartureId departure;

    /** {@code changed} reads the departures again after a task changed (their progress changed with it). */
    ChecklistModel(Inventory inventory, TaskRunner tasks, StringProperty error, Runnable changed) {
        this.inventory = inventory;
        this.background = new Background(tasks, ChecklistModel.class);
        this.loading = background.latest();
        this.error = error;
        this.changed = changed;
    }

    public ObservableList<TaskRow> rows() {
        return rowsShown;
    }

    /** The share of tasks closed, 0 to 1. */
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressText() {
        return progressText.getReadOnlyProperty();
    }

    /** Who did the task about to be marked done. */
    public StringProperty doneBy() {
        return doneBy;
    }

    public StringProperty evidence() {
        return evidence;
    }

    public StringProperty notNeededReason() {
        return notNeededReason;
    }

    public void markDone(TaskRow row) {
        change(() ->
                inventory.departures().completeTask(row.task().id(), doneBy.get(), inventory.today(), evidence.get()));
    }

    public void markNotNeeded(TaskRow row) {
        change(() -> inventory.departures().markNotNeeded(row.task().id(), notNeededReason.get()));
    }

    public void reopen(TaskRow row) {
        change(() -> inventory.departures().reopen(row.task().id()));
    }

    /** Shows the tasks of {@code chosen}, or an empty checklist for null. */
    void load(DepartureId chosen) {
        departure = chosen;
        if (chosen == null) {
            loading.forget();
            rows.clear();
            progress.set(0);
            progressText.set("");
            return;
        }
        loading.run(() -> inventory.departures().tasks(chosen), this::show, this::failed);
    }

    /** Reads the tasks of the same departure again, e.g. after a sign-off was applied. */
    void reload() {
        load(departure);
    }

    private void show(List<DepartureTask> list) {
        error.set("");
        rows.setAll(list.stream()
                .sorted(Comparator.comparingInt(DepartureTask::position))
                .map(TaskRow::of)
                .toList());
        long closed = list.stream().filter(t -> t.status() != TaskStatus.OPEN).count();
        progress.set(list.isEmpty() ? 1 : (double) closed / list.size());
        progressText.set(closed + " of " + list.size() + " tasks closed");
    }

    private void change(Supplier<DepartureTask> work) {
        background.run(
                work,
                done -> {
                    error.set("");
                    evidence.set("");
                    notNeededReason.set("");
                    changed.run();
                },
                this::failed);
    }

    private void failed(RuntimeException failure) {
        error.set(Wording.failure(failure));
    }
}
