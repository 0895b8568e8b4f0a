package org.custodian.ui.departures;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.custodian.ui.Columns;
import org.custodian.ui.ExportBar;
import org.custodian.ui.Forms;
import org.custodian.ui.Screen;
import org.custodian.ui.departures.DeparturesViewModel.DepartureRow;
import org.custodian.ui.departures.DeparturesViewModel.TaskRow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** Departures: the list with progress on the left; the wizard, or the selected plan as a checklist, on the right. */
public final class DeparturesView implements Screen {
    private final DeparturesViewModel model;

    public DeparturesView(DeparturesViewModel model) {
        this.model = model;
    }


    @Override
    public void refresh() {
        model.refresh();
    }

    @Override
    public void createNew() {
        model.wizard.begin(null);
    }

    @Override
    public void export() {
        model.exportSelected();
    }

    /** Opens the new-departure wizard for this person. */
    public void beginFor(String name) {
        model.wizard.begin(name);
    }

    @Override
    public Parent build() {
        Button start = new Button("New departure", new FontIcon(MaterialDesignP.PLUS));
        start.setId("new-departure");
        start.setOnAction(e -> model.wizard.begin(null));
        TableView<DepartureRow> table = new TableView<>(model.departures);
        table.setId("departures-table");
        table.getColumns().add(Columns.text("Leaver", DepartureRow::leaver, 150));
        table.getColumns().add(Columns.text("Type", DepartureRow::type, 100));
        table.getColumns().add(Columns.text("Mode", DepartureRow::mode, 70));
        table.getColumns().add(Columns.text("Last day", DepartureRow::lastDay, 90));
        table.getColumns().add(Columns.text("Done", DepartureRow::progress, 60));
        table.setPlaceholder(new Label("No departures yet."));
        Columns.fit(table);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selected.set(now);
            }
        });
        model.selected.addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        VBox left = new VBox(8, start, Forms.error(model.error), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(12));
        Parent wizard = new DepartureWizardView(model.wizard).build();
        Parent checklist = checklist();
        wizard.visibleProperty().bind(model.wizard.open);
        checklist.visibleProperty().bind(model.wizard.open.not().and(model.selected.isNotNull()));
        Label nothing = new Label("Choose a departure on the left, or start a new one.");
        nothing.visibleProperty().bind(model.wizard.open.not().and(model.selected.isNull()));
        SplitPane split = new SplitPane(left, new StackPane(nothing, checklist, wizard));
        split.setDividerPositions(0.27);
        return split;
    }

    private Parent checklist() {
        Button export = new Button("Export to Excel…", new FontIcon(MaterialDesignF.FILE_EXCEL));
        export.setId("export-departure");
        export.setTooltip(new Tooltip("Save this plan as a workbook the manager can sign off (Ctrl+E)"));
        export.setOnAction(e -> model.exportSelected());
        export.disableProperty().bind(model.export.busy);
        Button importSignOff = new Button("Import signed-off workbook…", new FontIcon(MaterialDesignF.FILE_IMPORT));
        importSignOff.setId("import-signoff");
        importSignOff.setTooltip(new Tooltip("Read back a returned sign-off workbook; you see the changes before applying"));
        importSignOff.setOnAction(e -> model.chooseSignOff());
        ProgressBar bar = new ProgressBar();
        bar.setId("departure-progress");
        bar.progressProperty().bind(model.progress);
        bar.setPrefWidth(240);
        Label progress = new Label();
        progress.setId("departure-progress-text");
        progress.textProperty().bind(model.progressText);
        TreeTableView<TaskRow> tasks = new ChecklistTree(model.checklist).build();
        Label detail = new Label();
        detail.setId("task-detail");
        detail.setWrapText(true);
        detail.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            TreeItem<TaskRow> item = tasks.getSelectionModel().getSelectedItem();
            TaskRow row = item == null ? null : item.getValue();
            return row == null || row.task() == null ? "" : row.title() + "\nWhy: " + row.reason()
                    + (row.recipients().isEmpty() ? "" : "\nGive the new secret to: " + row.recipients());
        }, tasks.getSelectionModel().selectedItemProperty()));
        VBox.setVgrow(tasks, Priority.ALWAYS);
        java.util.function.Supplier<TaskRow> chosen = () -> tasks.getSelectionModel().getSelectedItem().getValue();
        Button done = action("task-done", "Mark done", () -> model.markDone(chosen.get()));
        Button notNeeded = action("task-not-needed", "Not needed",
                () -> model.markNotNeeded(chosen.get()));
        Button reopen = action("task-reopen", "Reopen", () -> model.reopen(chosen.get()));
        for (Button b : new Button[] {done, notNeeded, reopen}) {
            b.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
                TreeItem<TaskRow> item = tasks.getSelectionModel().getSelectedItem();
                return item == null || item.getValue().task() == null;
            }, tasks.getSelectionModel().selectedItemProperty()));
        }
        var doneBy = Forms.text("task-done-by", model.doneBy);
        doneBy.setPromptText("Done by");
        var evidence = Forms.text("task-evidence", model.evidence);
        evidence.setPromptText("Evidence (ticket, note)");
        var reason = Forms.text("task-reason", model.notNeededReason);
        reason.setPromptText("Why not needed");
        HBox top = new HBox(12, bar, progress, export, importSignOff);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(8, top, ExportBar.of("departure-export", model.export), signOff(), tasks, detail,
                new HBox(8, doneBy, evidence, done), new HBox(8, reason, notNeeded, reopen));
        box.setPadding(new Insets(12));
        return box;
    }

    private Parent signOff() {
        Label message = new Label();
        message.setId("signoff-message");
        message.setWrapText(true);
        message.textProperty().bind(model.signOffMessage);
        ListView<String> lines = new ListView<>(model.signOffLines);
        lines.setId("signoff-changes");
        lines.setPrefHeight(120);
        lines.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.signOffLines));
        lines.managedProperty().bind(lines.visibleProperty());
        Button apply = action("signoff-apply", "Apply", model::applySignOff);
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(model.signOffReady.not());
        Button cancel = action("signoff-cancel", "Cancel", model::cancelSignOff);
        HBox buttons = new HBox(8, apply, cancel);
        buttons.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.signOffLines));
        buttons.managedProperty().bind(buttons.visibleProperty());
        VBox box = new VBox(6, message, lines, buttons);
        box.setId("signoff-panel");
        box.visibleProperty().bind(model.signOffMessage.isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Button action(String id, String text, Runnable run) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> run.run());
        return button;
    }
}
