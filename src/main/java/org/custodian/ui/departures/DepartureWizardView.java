package org.custodian.ui.departures;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.custodian.model.DepartureMode;
import org.custodian.model.DepartureType;
import org.custodian.ui.Forms;
import org.custodian.ui.LabelledCell;

/** New departure: who, type, last day, friendly or hostile; the plan is shown before anything is saved. */
final class DepartureWizardView {
    private final DepartureWizardModel model;

    DepartureWizardView(DepartureWizardModel model) {
        this.model = model;
    }

    Parent build() {
        ComboBox<String> leaver = new ComboBox<>(model.leavers());
        leaver.setId("departure-leaver");
        leaver.setPromptText("Person or organisation");
        leaver.valueProperty().bindBidirectional(model.leaver());
        ComboBox<DepartureType> type = LabelledCell.combo("departure-type", DepartureType.values());
        type.valueProperty().bindBidirectional(model.type());
        ComboBox<DepartureMode> mode = LabelledCell.combo("departure-mode", DepartureMode.values());
        mode.valueProperty().bindBidirectional(model.mode());
        DatePicker lastDay = new DatePicker();
        lastDay.setId("departure-last-day");
        lastDay.valueProperty().bindBidirectional(model.lastDay());
        GridPane grid = Forms.grid();
        Forms.row(grid, "Who is leaving", leaver);
        Forms.row(grid, "Type", type);
        Forms.row(grid, "Mode (hostile: revoke before notifying)", mode);
        Forms.row(grid, "Last day", lastDay);
        Button show = new Button("Show the plan");
        show.setId("departure-preview");
        show.setOnAction(e -> model.showPlan());
        Button save = new Button("Start departure");
        save.setId("departure-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.preview()));
        save.setOnAction(e -> model.save());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> model.cancel());
        ListView<String> preview = new ListView<>(model.preview());
        preview.setId("departure-plan-preview");
        preview.setPlaceholder(new Label("Choose who is leaving, then \"Show the plan\"."));
        VBox.setVgrow(preview, Priority.ALWAYS);
        Label title = new Label("New departure");
        title.getStyleClass().add("title-3");
        VBox box = new VBox(10, title, grid, new HBox(8, show, save, cancel), Forms.error(model.error()), preview);
        box.setId("departure-wizard");
        box.setPadding(new Insets(12));
        return box;
    }
}
