package org.custodian.ui.departures;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.custodian.ui.Columns;
import org.custodian.ui.Forms;
import org.custodian.ui.Screen;
import org.custodian.ui.departures.DeparturesViewModel.DepartureRow;
import org.custodian.ui.departures.DeparturesViewModel.TaskRow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** Departures: the list with progress on the left; the wizard, or the selected plan as a checklist, on the right. */
public final class DeparturesView implements Screen {
    private final DeparturesViewModel model;
    private Parent root;

    public DeparturesView(DeparturesViewModel model) {
        this.model = model;
    }

    @Override
    public Parent root() {
        if (root == null) {
            root = build();
        }
        return root;
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    @Override
    public void createNew() {
        model.begin(null);
    }

    /** Opens the new-departure wizard for this person. */
    public void beginFor(String name) {
        model.begin(name);
    }

    private Parent build() {
        Button start = new Button("New departure", new FontIcon(MaterialDesignP.PLUS));
        start.setId("new-departure");
        start.setOnAction(e -> model.begin(null));
        // The Excel export of a departure plan is added by the export work; its button goes here.
        Button export = new Button("Export to Excel");
        export.setId("export-departure");
        export.setDisable(true);
        export.setTooltip(new Tooltip("Excel export of the plan comes with the reports"));
        TableView<DepartureRow> table = new TableView<>(model.departures);
        table.setId("departures-table");
        table.getColumns().add(Columns.text("Leaver", DepartureRow::leaver, 150));
        table.getColumns().add(Columns.text("Type", DepartureRow::type, 100));
        table.getColumns().add(Columns.text("Mode", DepartureRow::mode, 70));
        table.getColumns().add(Columns.text("Last day", DepartureRow::lastDay, 90));
        table.getColumns().add(Columns.text("Done", DepartureRow::progress, 60));
        table.setPlaceholder(new Label("No departures yet."));
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
        VBox left = new VBox(8, new HBox(8, start, export), Forms.error(model.error), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(12));
        Parent wizard = new DepartureWizardView(model).build();
        Parent checklist = checklist();
        wizard.visibleProperty().bind(model.wizardOpen);
        checklist.visibleProperty().bind(model.wizardOpen.not().and(model.selected.isNotNull()));
        SplitPane split = new SplitPane(left, new StackPane(checklist, wizard));
        split.setDividerPositions(0.35);
        return split;
    }

    private Parent checklist() {
        ProgressBar bar = new ProgressBar();
        bar.setId("departure-progress");
        bar.progressProperty().bind(model.progress);
        bar.setPrefWidth(240);
        Label progress = new Label();
        progress.setId("departure-progress-text");
        progress.textProperty().bind(model.progressText);
        TableView<TaskRow> tasks = new TableView<>(model.checklist);
        tasks.setId("departure-tasks");
        tasks.getColumns().add(Columns.text("#", TaskRow::position, 36));
        tasks.getColumns().add(Columns.text("Phase", TaskRow::phase, 120));
        tasks.getColumns().add(Columns.text("Task", TaskRow::title, 260));
        tasks.getColumns().add(Columns.text("Status", TaskRow::status, 90));
        tasks.getColumns().add(Columns.text("Reason", TaskRow::reason, 260));
        tasks.getColumns().add(Columns.text("Recipients", TaskRow::recipients, 140));
        tasks.getColumns().add(Columns.text("Done by · on · evidence", TaskRow::done, 200));
        VBox.setVgrow(tasks, Priority.ALWAYS);
        Button done = action("task-done", "Mark done", () -> model.markDone(tasks.getSelectionModel().getSelectedItem()));
        Button notNeeded = action("task-not-needed", "Not needed",
                () -> model.markNotNeeded(tasks.getSelectionModel().getSelectedItem()));
        Button reopen = action("task-reopen", "Reopen", () -> model.reopen(tasks.getSelectionModel().getSelectedItem()));
        for (Button b : new Button[] {done, notNeeded, reopen}) {
            b.disableProperty().bind(tasks.getSelectionModel().selectedItemProperty().isNull());
        }
        var doneBy = Forms.text("task-done-by", model.doneBy);
        doneBy.setPromptText("Done by");
        var evidence = Forms.text("task-evidence", model.evidence);
        evidence.setPromptText("Evidence (ticket, note)");
        var reason = Forms.text("task-reason", model.notNeededReason);
        reason.setPromptText("Why not needed");
        VBox box = new VBox(8, new HBox(8, bar, progress), tasks, new HBox(8, doneBy, evidence, done),
                new HBox(8, reason, notNeeded, reopen));
        box.setPadding(new Insets(12));
        return box;
    }

    private static Button action(String id, String text, Runnable run) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> run.run());
        return button;
    }
}
