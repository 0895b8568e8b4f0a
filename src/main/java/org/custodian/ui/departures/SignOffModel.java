package org.custodian.ui.departures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.model.DepartureId;
import org.custodian.model.Violation;
import org.custodian.service.Inventory;
import org.custodian.service.SignOffPreview;
import org.custodian.ui.Background;
import org.custodian.ui.FilePicker;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;
import org.custodian.ui.departures.DeparturesViewModel.DepartureRow;

/**
 * Importing the signed-off workbook of the chosen departure: what it would change first, then, once applied, what
 * it changed. Nothing is recorded before {@link #apply()}.
 */
public final class SignOffModel {
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ObservableList<String> linesShown = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);

    private final Inventory inventory;
    private final Background background;
    /** The preview; choosing another departure or cancelling drops one still on its way. */
    private final Background.Latest previewing;

    private final FilePicker files;
    private final Supplier<DepartureRow> selected;
    private final Runnable applied;
    private Path file;
    private DepartureId departure;

    /** {@code applied} reads the departures and the checklist again once the workbook was recorded. */
    SignOffModel(
            Inventory inventory,
            TaskRunner tasks,
            FilePicker files,
            Supplier<DepartureRow> selected,
            Runnable applied) {
        this.inventory = inventory;
        this.background = new Background(tasks, SignOffModel.class);
        this.previewing = background.latest();
        this.files = files;
        this.selected = selected;
        this.applied = applied;
    }

    /** The problems, changes and unchanged tasks the workbook holds, one line each. */
    public ObservableList<String> lines() {
        return linesShown;
    }

    /** What the preview found, what was recorded, or why the import failed; empty hides the panel. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** True while a preview with changes and no problems waits to be applied. */
    public ReadOnlyBooleanProperty ready() {
        return ready.getReadOnlyProperty();
    }

    /** Asks for the signed-off workbook and shows what importing it would change; nothing is applied yet. */
    public void choose() {
        DepartureRow row = selected.get();
        if (row == null) {
            return;
        }
        files.openWorkbook("Import the signed-off workbook of " + row.leaver())
                .ifPresent(path -> preview(path, row.departure().id()));
    }

    private void preview(Path path, DepartureId chosen) {
        clear();
        previewing.run(
                () -> inventory.signOff().preview(path, chosen),
                preview -> {
                    file = path;
                    departure = chosen;
                    lines.setAll(describe(preview));
                    ready.set(preview.canApply() && !preview.changes().isEmpty());
                    message.set(
                            !preview.canApply()
                                    ? "This workbook cannot be imported until these problems are fixed:"
                                    : preview.changes().isEmpty()
                                            ? "The workbook changes nothing: every task already reads the same."
                                            : preview.changes().size() + " change(s) to apply from "
                                                    + path.getFileName() + ":");
                },
                this::failed);
    }

    /** Records the previewed sign-off in one go, then reloads the departure. */
    public void apply() {
        if (!ready.get() || file == null) {
            return;
        }
        Path path = file;
        DepartureId chosen = departure;
        ready.set(false);
        background.run(
                () -> inventory.signOff().apply(path, chosen),
                done -> {
                    lines.clear();
                    file = null;
                    message.set("Recorded " + done.changes().size() + " change(s) from " + path.getFileName() + ".");
                    applied.run();
                },
                this::failed);
    }

    public void cancel() {
        clear();
    }

    /** Forgets the workbook and its preview; the panel hides. */
    void clear() {
        previewing.forget();
        file = null;
        departure = null;
        lines.clear();
        message.set("");
        ready.set(false);
    }

    private static List<String> describe(SignOffPreview preview) {
        List<String> out = new ArrayList<>();
        Violation.messages(preview.problems()).forEach(p -> out.add("Problem: " + p));
        preview.changes().forEach(c -> out.add(c.describe()));
        preview.kept().forEach(k -> out.add("Unchanged: " + k));
        return out;
    }

    private void failed(RuntimeException failure) {
        message.set(Wording.failure(failure));
    }
}
