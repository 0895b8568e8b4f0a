package org.custodian.ui.departures;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.custodian.ui.ExportBar;
import org.custodian.ui.Forms;
import org.custodian.ui.departures.ChecklistModel.TaskRow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The chosen departure: progress, export and sign-off import, the checklist, and closing or reopening a task. */
final class ChecklistView {
    private final DeparturesViewModel screen;
    private final ChecklistModel model;

    ChecklistView(DeparturesViewModel screen) {
        this.screen = screen;
        this.model = screen.checklist();
    }

    Parent build() {
        TreeTableView<TaskRow> tasks = new ChecklistTree(model.rows()).build();
        VBox.setVgrow(tasks, Priority.ALWAYS);
        Supplier<TaskRow> chosen =
                () -> tasks.getSelectionModel().getSelectedItem().getValue();
        Button done = action(tasks, "task-done", "Mark done", () -> model.markDone(chosen.get()));
        Button notNeeded = action(tasks, "task-not-needed", "Not needed", () -> model.markNotNeeded(chosen.get()));
        Button reopen = action(tasks, "task-reopen", "Reopen", () -> model.reopen(chosen.get()));
        TextField doneBy = field("task-done-by", "Done by", model.doneBy());
        TextField evidence = field("task-evidence", "Evidence (ticket, note)", model.evidence());
        TextField reason = field("task-reason", "Why not needed", model.notNeededReason());
        VBox box = new VBox(
                8,
                top(),
                ExportBar.of("departure-export", screen.export()),
                new SignOffView(screen.signOff()).build(),
                tasks,
                detail(tasks),
                new HBox(8, doneBy, evidence, done),
                new HBox(8, reason, notNeeded, reopen));
        box.setPadding(new Insets(12));
        return box;
    }

    private HBox top() {
        Button export = new Button("Export to Excel…", new FontIcon(MaterialDesignF.FILE_EXCEL));
        export.setId("export-departure");
        export.setTooltip(new Tooltip("Save this plan as a workbook the manager can sign off (Ctrl+E)"));
        export.setOnAction(e -> screen.exportSelected());
        export.disableProperty().bind(screen.export().busy());
        Button importSignOff = new Button("Import signed-off workbook…", new FontIcon(MaterialDesignF.FILE_IMPORT));
        importSignOff.setId("import-signoff");
        importSignOff.setTooltip(
                new Tooltip("Read back a returned sign-off workbook; you see the changes before applying"));
        importSignOff.setOnAction(e -> screen.signOff().choose());
        ProgressBar bar = new ProgressBar();
        bar.setId("departure-progress");
        bar.progressProperty().bind(model.progress());
        bar.setPrefWidth(240);
        Label progress = new Label();
        progress.setId("departure-progress-text");
        progress.textProperty().bind(model.progressText());
        HBox top = new HBox(12, bar, progress, export, importSignOff);
        top.setAlignment(Pos.CENTER_LEFT);
        return top;
    }

    /** The chosen task in full: its title, why it is needed and who gets the new secret. */
    private static Label detail(TreeTableView<TaskRow> tasks) {
        Label detail = new Label();
        detail.setId("task-detail");
        detail.setWrapText(true);
        detail.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            TreeItem<TaskRow> item = tasks.getSelectionModel().getSelectedItem();
                            TaskRow row = item == null ? null : item.getValue();
                            return row == null || row.task() == null
                                    ? ""
                                    : row.title() + "\nWhy: " + row.reason()
                                            + (row.recipients().isEmpty()
                                                    ? ""
                                                    : "\nGive the new secret to: " + row.recipients());
                        },
                        tasks.getSelectionModel().selectedItemProperty()));
        return detail;
    }

    /** A button for the chosen task, disabled while no task (or a phase heading) is chosen. */
    private static Button action(TreeTableView<TaskRow> tasks, String id, String text, Runnable run) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> run.run());
        button.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> {
                            TreeItem<TaskRow> item = tasks.getSelectionModel().getSelectedItem();
                            return item == null || item.getValue().task() == null;
                        },
                        tasks.getSelectionModel().selectedItemProperty()));
        return button;
    }

    private static TextField field(String id, String prompt, StringProperty value) {
        TextField field = Forms.text(id, value);
        field.setPromptText(prompt);
        return field;
    }
}
