package org.custodian.ui.assets;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.custodian.model.CustodyRole;
import org.custodian.model.EndReason;
import org.custodian.model.GrantKind;
import org.custodian.ui.Columns;
import org.custodian.ui.Forms;
import org.custodian.ui.LabelledCell;
import org.custodian.ui.ReachTree;
import org.custodian.ui.assets.AssetCustody.CustodyRow;
import org.custodian.ui.assets.AssetGrants.GrantRow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** The selected asset: fields, custodians with add/end, grants both ways, who can touch it, "rotated today". */
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
        name.textProperty().bind(model.name());
        Button rotated = new Button("Rotated / re-keyed today", new FontIcon(MaterialDesignR.REFRESH));
        rotated.setId("record-rotation");
        rotated.setTooltip(new Tooltip("Record that the secret was changed or the lock re-keyed today; "
                + "former holders stop being exposed"));
        rotated.setOnAction(e -> model.recordRotation());
        Button editButton = new Button("Edit");
        editButton.setId("edit-asset");
        editButton.setTooltip(new Tooltip("Change this asset's fields (its kind stays)"));
        editButton.setOnAction(e -> edit.run());
        Label message = new Label();
        message.setId("asset-message");
        message.getStyleClass().add("success");
        message.textProperty().bind(model.message());
        ListView<String> fields = new ListView<>(model.fields());
        fields.setId("asset-fields");
        fields.setPrefHeight(170);
        ListView<GrantRow> grants = new ListView<>(model.grants().rows());
        grants.setId("asset-grants");
        grants.setPrefHeight(100);
        ComboBox<String> target = new ComboBox<>(model.grants().targets());
        target.setId("grant-target");
        target.setPromptText("Target asset");
        target.valueProperty().bindBidirectional(model.grants().target());
        ComboBox<GrantKind> grantKind = LabelledCell.combo("grant-kind", GrantKind.values());
        grantKind.valueProperty().bindBidirectional(model.grants().kind());
        Button addGrant = new Button("Add grant");
        addGrant.setId("add-grant");
        addGrant.setTooltip(new Tooltip("Holding this asset gives a way into the target, from today"));
        addGrant.setOnAction(e -> model.grants().add());
        Button endGrant = new Button("End grant");
        endGrant.setId("end-grant");
        endGrant.setTooltip(new Tooltip("End the selected grant today"));
        endGrant.disableProperty()
                .bind(grants.getSelectionModel().selectedItemProperty().isNull());
        endGrant.setOnAction(e -> model.grants().end(grants.getSelectionModel().getSelectedItem()));
        VBox box = new VBox(
                8,
                name,
                new HBox(8, editButton, rotated, message),
                Forms.error(model.error()),
                fields,
                heading("Custodians"),
                custodians(),
                heading("Grants (gives access to / gets access from)"),
                grants,
                new HBox(8, new Label("This asset"), grantKind, target, addGrant, endGrant),
                heading("Who can touch"),
                ReachTree.of("who-can-touch", model.whoCanTouch()));
        box.setPadding(new Insets(12));
        box.visibleProperty().bind(model.present());
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private VBox custodians() {
        TableView<CustodyRow> table = new TableView<>();
        Columns.sortable(table, model.custody().rows());
        table.setId("asset-custodians");
        table.setPrefHeight(160);
        Columns.fit(table);
        table.getColumns().add(Columns.text("Holder", CustodyRow::holder, 160));
        table.getColumns().add(Columns.text("Role", CustodyRow::role, 130));
        table.getColumns().add(Columns.text("From", CustodyRow::from, 90));
        table.getColumns().add(Columns.text("Ended", CustodyRow::until, 130));
        ComboBox<String> holder = new ComboBox<>(model.custody().holders());
        holder.setId("custody-holder");
        holder.setPromptText("Person or group");
        holder.valueProperty().bindBidirectional(model.custody().holder());
        ComboBox<CustodyRole> role = LabelledCell.combo("custody-role", CustodyRole.values());
        role.setPrefWidth(170);
        role.valueProperty().bindBidirectional(model.custody().role());
        Button give = new Button("Give custody");
        give.setId("give-custody");
        give.setOnAction(e -> model.custody().add());
        ComboBox<EndReason> reason = LabelledCell.combo("custody-end-reason", EndReason.values());
        reason.valueProperty().bindBidirectional(model.custody().endReason());
        Button end = new Button("End selected");
        end.setId("end-custody");
        end.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> {
                            CustodyRow row = table.getSelectionModel().getSelectedItem();
                            return row == null || row.custody().until() != null;
                        },
                        table.getSelectionModel().selectedItemProperty()));
        end.setOnAction(e -> model.custody().end(table.getSelectionModel().getSelectedItem()));
        return new VBox(
                6, table, new HBox(8, holder, role, give), new HBox(8, new Label("End with reason"), reason, end));
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }
}
