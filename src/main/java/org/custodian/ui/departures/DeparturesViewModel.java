package org.custodian.ui.departures;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.model.Departure;
import org.custodian.model.DepartureId;
import org.custodian.model.DepartureTask;
import org.custodian.model.NameIndex;
import org.custodian.model.TaskStatus;
import org.custodian.model.Violation;
import org.custodian.service.Inventory;
import org.custodian.service.SignOffPreview;
import org.custodian.ui.ExportModel;
import org.custodian.ui.FilePicker;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** Departures: the list with progress, the selected plan as a checklist, and the new-departure wizard. */
public final class DeparturesViewModel {
    public record DepartureRow(Departure departure, String leaver, String type, String mode, String lastDay,
                               String progress) {
    }

    /** A task of the checklist; a phase heading has no task and counts its phase's tasks in {@code status}. */
    public record TaskRow(DepartureTask task, String position, String phase, String title, String reason,
                          String recipients, String status, String done) {
        static TaskRow heading(String phase, List<TaskRow> tasks) {
            long open = tasks.stream().filter(t -> t.task().status() == TaskStatus.OPEN).count();
            return new TaskRow(null, "", phase, phase, "", "", open + " open of " + tasks.size(), "");
        }
    }

    public final ObservableList<DepartureRow> departures = FXCollections.observableArrayList();
    public final ObjectProperty<DepartureRow> selected = new SimpleObjectProperty<>();
    public final ObservableList<TaskRow> checklist = FXCollections.observableArrayList();
    public final DoubleProperty progress = new SimpleDoubleProperty(0);
    public final StringProperty progressText = new SimpleStringProperty("");
    public final StringProperty doneBy = new SimpleStringProperty("");
    public final StringProperty evidence = new SimpleStringProperty("");
    public final StringProperty notNeededReason = new SimpleStringProperty("");
    public final StringProperty error = new SimpleStringProperty("");
    public final DepartureWizardModel wizard;
    /** Saving the selected plan as the sign-off workbook. */
    public final ExportModel export;
    /** The signed-off workbook being imported: what it would change, then what it changed. */
    public final ObservableList<String> signOffLines = FXCollections.observableArrayList();
    public final StringProperty signOffMessage = new SimpleStringProperty("");
    public final BooleanProperty signOffReady = new SimpleBooleanProperty(false);

    private final Inventory inventory;
    private final TaskRunner tasks;
    private final FilePicker files;
    private Path signOffFile;
    private DepartureId signOffDeparture;

    public DeparturesViewModel(Inventory inventory, TaskRunner tasks) {
        this(inventory, tasks, FilePicker.none());
    }

    public DeparturesViewModel(Inventory inventory, TaskRunner tasks, FilePicker files) {
        this.inventory = inventory;
        this.tasks = tasks;
        this.files = files;
        this.export = new ExportModel(tasks, files);
        this.wizard = new DepartureWizardModel(inventory, tasks, this::saved);
        selected.addListener((obs, old, now) -> {
            if (old == null || now == null || !old.departure().id().equals(now.departure().id())) {
                clearSignOff();
            }
            loadTasks();
        });
    }

    /** Ctrl+E and "Export to Excel": the selected plan, with task ids, for the manager to sign off. */
    public void exportSelected() {
        DepartureRow row = selected.get();
        if (row == null) {
            return;
        }
        DepartureId id = row.departure().id();
        export.export("the departure plan of " + row.leaver(), suggestedName(row),
                path -> inventory.reports().departure(id, path));
    }

    static String suggestedName(DepartureRow row) {
        return "departure-" + row.leaver() + "-" + Wording.date(row.departure().lastDay()) + ".xlsx";
    }

    /** Asks for the signed-off workbook and shows what importing it would change; nothing is applied yet. */
    public void chooseSignOff() {
        DepartureRow row = selected.get();
        if (row == null) {
            return;
        }
        files.openWorkbook("Import the signed-off workbook of " + row.leaver())
                .ifPresent(path -> previewSignOff(path, row.departure().id()));
    }

    void previewSignOff(Path path, DepartureId departure) {
        clearSignOff();
        tasks.run(() -> inventory.signOff().preview(path, departure), preview -> {
            signOffFile = path;
            signOffDeparture = departure;
            signOffLines.setAll(describe(preview));
            signOffReady.set(preview.canApply() && !preview.changes().isEmpty());
            signOffMessage.set(!preview.canApply() ? "This workbook cannot be imported until these problems are fixed:"
                    : preview.changes().isEmpty() ? "The workbook changes nothing: every task already reads the same."
                    : preview.changes().size() + " change(s) to apply from " + path.getFileName() + ":");
        }, failure -> signOffMessage.set(Wording.failure(failure)));
    }

    /** Records the previewed sign-off in one go, then reloads the checklist. */
    public void applySignOff() {
        if (!signOffReady.get() || signOffFile == null) {
            return;
        }
        Path path = signOffFile;
        DepartureId departure = signOffDeparture;
        signOffReady.set(false);
        tasks.run(() -> inventory.signOff().apply(path, departure), applied -> {
            signOffLines.clear();
            signOffFile = null;
            signOffMessage.set("Recorded " + applied.changes().size() + " change(s) from " + path.getFileName() + ".");
            refresh();
            loadTasks();
        }, failure -> signOffMessage.set(Wording.failure(failure)));
    }

    public void cancelSignOff() {
        clearSignOff();
    }

    private void clearSignOff() {
        signOffFile = null;
        signOffDeparture = null;
        signOffLines.clear();
        signOffMessage.set("");
        signOffReady.set(false);
    }

    static List<String> describe(SignOffPreview preview) {
        List<String> lines = new java.util.ArrayList<>();
        Violation.messages(preview.problems()).forEach(p -> lines.add("Problem: " + p));
        preview.changes().forEach(c -> lines.add(c.describe()));
        preview.kept().forEach(k -> lines.add("Unchanged: " + k));
        return lines;
    }

    public void refresh() {
        DepartureRow keep = selected.get();
        run(this::loadDepartures, rows -> {
            departures.setAll(rows);
            if (keep != null) {
                rows.stream().filter(r -> r.departure().id().equals(keep.departure().id())).findFirst()
                        .ifPresent(selected::set);
            }
        });
    }

    private void saved(Departure departure) {
        run(this::loadDepartures, rows -> {
            departures.setAll(rows);
            rows.stream().filter(r -> r.departure().id().equals(departure.id())).findFirst().ifPresent(selected::set);
        });
    }

    public void markDone(TaskRow row) {
        change(() -> inventory.departures().completeTask(row.task().id(), doneBy.get(), inventory.today(), evidence.get()));
    }

    public void markNotNeeded(TaskRow row) {
        change(() -> inventory.departures().markNotNeeded(row.task().id(), notNeededReason.get()));
    }

    public void reopen(TaskRow row) {
        change(() -> inventory.departures().reopen(row.task().id()));
    }

    private void change(Supplier<DepartureTask> work) {
        run(work, changed -> {
            evidence.set("");
            notNeededReason.set("");
            refresh();
        });
    }

    private void loadTasks() {
        DepartureRow row = selected.get();
        if (row == null) {
            checklist.clear();
            progress.set(0);
            progressText.set("");
            return;
        }
        run(() -> inventory.departures().tasks(row.departure().id()), list -> {
            checklist.setAll(list.stream().sorted(Comparator.comparingInt(DepartureTask::position)).map(t -> new TaskRow(t,
                    String.valueOf(t.position()), t.phase().label(), t.title(), nz(t.reason()), nz(t.recipients()),
                    Wording.label(t.status().name()) + (t.statusReason() == null ? "" : ": " + t.statusReason()),
                    Stream.of(t.doneBy(), Wording.date(t.doneOn()), t.evidence()).filter(s -> s != null && !s.isBlank())
                            .collect(Collectors.joining(" · ")))).toList());
            long closed = list.stream().filter(t -> t.status() != TaskStatus.OPEN).count();
            progress.set(list.isEmpty() ? 1 : (double) closed / list.size());
            progressText.set(closed + " of " + list.size() + " tasks closed");
        });
    }

    private List<DepartureRow> loadDepartures() {
        NameIndex names = inventory.names();
        return inventory.departures().departures().stream().map(d -> {
            List<DepartureTask> list = inventory.departures().tasks(d.id());
            long closed = list.stream().filter(t -> t.status() != TaskStatus.OPEN).count();
            return new DepartureRow(d, names.nameOr(d.leaver(), "?"), d.type().label(), d.mode().label(),
                    Wording.date(d.lastDay()), closed + " / " + list.size());
        }).toList();
    }

    private <T> void run(Supplier<T> work, java.util.function.Consumer<T> then) {
        tasks.run(work, result -> {
            error.set("");
            then.accept(result);
        }, failure -> error.set(Wording.failure(failure)));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
