package org.custodian.ui.assets;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.custodian.model.CustodyRole;
import org.custodian.model.EndReason;
import org.custodian.ui.Columns;
import org.custodian.ui.FieldErrors;
import org.custodian.ui.Forms;
import org.custodian.ui.LabelledCell;
import org.custodian.ui.assets.AssetCustody.CustodyRow;

/** The custodians table, "Give custody" from a day with copies and a note, and "End selected" on a day. */
final class AssetCustodyView {
    private final AssetCustody model;

    AssetCustodyView(AssetCustody model) {
        this.model = model;
    }

    VBox build() {
        TableView<CustodyRow> table = new TableView<>();
        Columns.sortable(table, model.rows());
        table.setId("asset-custodians");
        table.setPrefHeight(160);
        Columns.fit(table);
        table.getColumns().add(Columns.text("Holder", CustodyRow::holder, 140));
        table.getColumns().add(Columns.text("Role", CustodyRow::role, 110));
        table.getColumns().add(Columns.text("From", CustodyRow::from, 90));
        table.getColumns().add(Columns.text("Ended", CustodyRow::until, 130));
        table.setRowFactory(view -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(CustodyRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new javafx.scene.control.Tooltip(whole(row)));
            }
        });
        return new VBox(6, table, give(), end(table));
    }

    /** The row in full, for its tooltip: the pane beside the table is too narrow for copies and notes. */
    private static String whole(CustodyRow row) {
        return String.join(
                " · ",
                java.util.stream.Stream.of(
                                row.holder(),
                                row.role(),
                                row.from() + " – " + (row.until().isEmpty() ? "now" : row.until()),
                                row.copies().isEmpty() ? "" : row.copies() + " copies",
                                row.note())
                        .filter(s -> !s.isEmpty())
                        .toList());
    }

    private GridPane give() {
        ComboBox<String> holder = new ComboBox<>(model.holders());
        holder.setId("custody-holder");
        holder.setPromptText("Person or group");
        holder.valueProperty().bindBidirectional(model.holder());
        ComboBox<CustodyRole> role = LabelledCell.combo("custody-role", CustodyRole.values());
        role.valueProperty().bindBidirectional(model.role());
        TextField copies = Forms.text("custody-copies", model.copies());
        copies.setPromptText("Keys only; empty means 1");
        Button give = new Button("Give custody");
        give.setId("give-custody");
        give.setOnAction(e -> model.add());
        GridPane grid = Forms.compactGrid();
        Forms.row(grid, "Holder", withError("holder", "error-custody-holder", holder));
        Forms.row(grid, "Role", withError("role", "error-custody-role", role));
        Forms.row(grid, "From", withError("from", "error-custody-from", Forms.date("custody-from", model.from())));
        Forms.row(grid, "Copies held", withError("copies", "error-custody-copies", copies));
        Forms.row(grid, "Note", Forms.text("custody-note", model.note()));
        grid.add(give, 1, grid.getRowCount());
        return grid;
    }

    private GridPane end(TableView<CustodyRow> table) {
        ComboBox<EndReason> reason = LabelledCell.combo("custody-end-reason", EndReason.values());
        reason.valueProperty().bindBidirectional(model.endReason());
        Button end = new Button("End selected");
        end.setId("end-custody");
        end.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> {
                            CustodyRow row = table.getSelectionModel().getSelectedItem();
                            return row == null || row.custody().until() != null;
                        },
                        table.getSelectionModel().selectedItemProperty()));
        end.setOnAction(e -> model.end(table.getSelectionModel().getSelectedItem()));
        GridPane grid = Forms.compactGrid();
        Forms.row(
                grid,
                "Ended on",
                withError("until", "error-custody-until", Forms.date("custody-end-on", model.endOn())));
        Forms.row(grid, "Because", withError("endReason", "error-custody-end-reason", reason));
        grid.add(end, 1, grid.getRowCount());
        return grid;
    }

    private Node withError(String field, String id, Node input) {
        FieldErrors errors = model.errors();
        return Forms.withError(errors, field, id, input);
    }
}
