package org.custodian.ui.assets;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.custodian.model.GrantKind;
import org.custodian.ui.Forms;
import org.custodian.ui.LabelledCell;
import org.custodian.ui.ReachTree;
import org.custodian.ui.assets.AssetGrants.GrantRow;

/** The selected asset: fields, custodians, grants both ways, rotations on any day, who can touch it. */
final class AssetDetailView {
    private final AssetDetailModel model;
    private final Runnable edit;

    AssetDetailView(AssetDetailModel model, Runnable edit) {
        this.model = model;
        this.edit = edit;
    }

    Parent build() {
        Label name = new Label();
        name.setId("asset-name");
        name.getStyleClass().add("title-3");
        name.setWrapText(true);
        name.textProperty().bind(model.name());
        Button editButton = new Button("Edit");
        editButton.setId("edit-asset");
        editButton.setTooltip(new Tooltip("Change this asset's fields (its kind stays)"));
        editButton.setOnAction(e -> edit.run());
        Label message = new Label();
        message.setId("asset-message");
        message.getStyleClass().add("success");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        Label fields = new Label();
        fields.setId("asset-fields");
        fields.setWrapText(true);
        fields.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> String.join("\n", model.fields()), model.fields()));
        VBox box = new VBox(
                8,
                name,
                new HBox(8, editButton),
                message,
                Forms.error(model.error()),
                fields,
                heading("Custodians"),
                new AssetCustodyView(model.custody()).build(),
                heading("Grants (gives access to / gets access from)"),
                grants(),
                heading("Record a rotation, re-key, disabling or revocation"),
                new AssetRotationView(model.rotation()).build(),
                heading("Who can touch"),
                ReachTree.of("who-can-touch", model.whoCanTouch()));
        box.setPadding(new Insets(12));
        box.visibleProperty().bind(model.present());
        ScrollPane scroll = new ScrollPane(box);
        scroll.setId("asset-detail");
        scroll.setFitToWidth(true);
        return scroll;
    }

    private VBox grants() {
        AssetGrants grants = model.grants();
        ListView<GrantRow> list = new ListView<>(grants.rows());
        list.setId("asset-grants");
        list.setPrefHeight(100);
        ComboBox<String> target = new ComboBox<>(grants.targets());
        target.setId("grant-target");
        target.setPromptText("Target asset");
        target.valueProperty().bindBidirectional(grants.target());
        ComboBox<GrantKind> kind = LabelledCell.combo("grant-kind", GrantKind.values());
        kind.valueProperty().bindBidirectional(grants.kind());
        Button add = new Button("Add grant");
        add.setId("add-grant");
        add.setTooltip(new Tooltip("Holding this asset gives a way into the target, from the day chosen"));
        add.setOnAction(e -> grants.add());
        Button end = new Button("End grant");
        end.setId("end-grant");
        end.setTooltip(new Tooltip("End the selected grant on the day chosen"));
        end.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        end.setOnAction(e -> grants.end(list.getSelectionModel().getSelectedItem()));
        GridPane grid = Forms.compactGrid();
        Forms.row(grid, "This asset", Forms.withError(grants.errors(), "kind", "error-grant-kind", kind));
        Forms.row(grid, "Target", Forms.withError(grants.errors(), "to", "error-grant-to", target));
        Forms.row(
                grid,
                "Since",
                Forms.withError(
                        grants.errors(), "since", "error-grant-since", Forms.date("grant-since", grants.since())));
        grid.add(add, 1, grid.getRowCount());
        Forms.row(
                grid,
                "End on",
                Forms.withError(
                        grants.errors(), "until", "error-grant-until", Forms.date("grant-end-on", grants.endOn())));
        grid.add(end, 1, grid.getRowCount());
        return new VBox(6, list, grid);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        label.setWrapText(true);
        return label;
    }
}
