package org.custodian.ui.reports;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.custodian.ui.ExportBar;
import org.custodian.ui.Forms;
import org.custodian.ui.Screen;
import org.custodian.ui.reports.ReportsViewModel.Report;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** Reports: one row per Excel report, with its chooser where it needs one, and "Save as Excel…". */
public final class ReportsView implements Screen {
    private final ReportsViewModel model;

    public ReportsView(ReportsViewModel model) {
        this.model = model;
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    @Override
    public void export() {
        model.saveLast();
    }

    @Override
    public Parent build() {
        Label title = new Label("Reports");
        title.getStyleClass().add("title-3");
        Label hint = new Label("Each report is read from the inventory in one go and names the audit entry it shows.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        ComboBox<String> person = chooser("report-person", model.people(), "Choose a person");
        person.valueProperty().bindBidirectional(model.person());
        ComboBox<String> asset = chooser("report-asset", model.assets(), "Choose an asset");
        asset.valueProperty().bindBidirectional(model.asset());
        ComboBox<String> organisation = chooser("report-organisation", model.organisations(), "Choose an organisation");
        organisation.valueProperty().bindBidirectional(model.organisation());
        DatePicker asOf = new DatePicker();
        asOf.setId("report-as-of");
        asOf.setPromptText("today");
        asOf.valueProperty().bindBidirectional(model.asOf());
        CheckBox noLonger = new CheckBox("Also list what a rotation already ended");
        noLonger.setId("report-no-longer");
        noLonger.selectedProperty().bindBidirectional(model.includeNoLonger());
        HBox options = new HBox(10, new Label("Exposure reports as of"), asOf, noLonger);
        options.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        row(grid, 0, Report.PERSON_EXPOSURE, "Person exposure", "What one person could touch, and how", person);
        row(
                grid,
                1,
                Report.ORGANISATION_EXPOSURE,
                "Provider exposure",
                "What an organisation's people could touch, and through whom",
                organisation);
        row(grid, 2, Report.WHO_CAN_TOUCH, "Who can touch", "Everyone who could reach one asset", asset);
        row(grid, 3, Report.HYGIENE, "Hygiene", "Every finding, including overdue departure tasks", null);
        row(grid, 4, Report.KEY_REGISTER, "Key register", "Keys, codes and cards, and who holds each", null);
        row(grid, 5, Report.INVENTORY, "Full inventory", "Every record, one sheet per kind", null);
        VBox box = new VBox(
                12,
                title,
                hint,
                options,
                grid,
                ExportBar.of("report-export", model.export()),
                Forms.error(model.error()));
        box.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void row(GridPane grid, int index, Report report, String name, String about, Node chooser) {
        Label label = new Label(name);
        label.getStyleClass().add("text-bold");
        Label description = new Label(about);
        description.getStyleClass().add("text-muted");
        Button save = new Button("Save as Excel…", new FontIcon(MaterialDesignF.FILE_EXCEL));
        save.setId("save-" + report.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        save.setOnAction(e -> model.save(report));
        save.disableProperty().bind(model.export().busy());
        grid.add(label, 0, index);
        grid.add(description, 1, index);
        if (chooser != null) {
            grid.add(chooser, 2, index);
        }
        grid.add(save, 3, index);
        GridPane.setValignment(save, javafx.geometry.VPos.CENTER);
        GridPane.setHalignment(label, javafx.geometry.HPos.LEFT);
        label.setAlignment(Pos.CENTER_LEFT);
    }

    private static ComboBox<String> chooser(String id, javafx.collections.ObservableList<String> items, String prompt) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setPromptText(prompt);
        box.setEditable(false);
        box.setPrefWidth(220);
        return box;
    }
}
