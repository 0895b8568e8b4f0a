package org.custodian.ui.backups;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.custodian.ui.Columns;
import org.custodian.ui.Forms;
import org.custodian.ui.Screen;
import org.custodian.ui.backups.BackupsViewModel.BackupRow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

/** Backups: when each was taken, its size and changes, whether it verifies, and "Restore to a new folder…". */
public final class BackupsView implements Screen {
    private final BackupsViewModel model;

    public BackupsView(BackupsViewModel model) {
        this.model = model;
    }

    @Override
    public Parent build() {
        Label title = new Label("Backups");
        title.getStyleClass().add("title-3");
        Label hint = new Label("A backup is written each time the inventory is closed after changes, and before an "
                + "upgrade; the newest 10 are kept. Each is checked like the inventory itself, without changing it. "
                + "Restoring makes a new inventory in a folder of your choice; this one stays as it is.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps onto a third line rather than end in "..."
        Label summary = new Label();
        summary.setId("backups-summary");
        summary.textProperty().bind(model.summary());
        TableView<BackupRow> table = new TableView<>();
        Columns.sortable(table, model.backups());
        table.setId("backups-table");
        table.getColumns().add(Columns.text("Taken", BackupRow::taken, 160));
        table.getColumns().add(Columns.text("Size", BackupRow::size, 90));
        table.getColumns().add(Columns.text("Changes", BackupRow::changes, 80));
        table.getColumns().add(Columns.text("Verified", BackupRow::verified, 100));
        table.getColumns().add(Columns.text("File or problem", BackupRow::detail, 320));
        table.setPlaceholder(new Label("No backups yet."));
        Columns.fit(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        model.selected().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.select(now));
        VBox box = new VBox(10, title, hint, summary, table, actions(), Forms.error(model.error()));
        box.setPadding(new Insets(16));
        return box;
    }

    private HBox actions() {
        Button restore = new Button("Restore to a new folder…", new FontIcon(MaterialDesignB.BACKUP_RESTORE));
        restore.setId("restore-backup");
        restore.disableProperty().bind(model.selected().isNull().or(model.busy()));
        restore.setOnAction(e -> model.restoreSelected());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(model.busy());
        spinner.managedProperty().bind(model.busy());
        Label message = new Label();
        message.setId("backups-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        Button open = new Button("Open the restored inventory", new FontIcon(MaterialDesignO.OPEN_IN_NEW));
        open.setId("open-restored");
        open.visibleProperty().bind(model.restored().isNotNull());
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> model.openRestored());
        HBox line = new HBox(8, restore, spinner, message, open);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);
        return line;
    }

    @Override
    public void refresh() {
        model.refresh();
    }
}
