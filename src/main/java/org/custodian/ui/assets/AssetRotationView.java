package org.custodian.ui.assets;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.custodian.model.RotationKind;
import org.custodian.ui.Forms;
import org.custodian.ui.LabelledCell;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** "Record a rotation": what was done, on which day, by whom, with a note. */
final class AssetRotationView {
    private final AssetRotation model;

    AssetRotationView(AssetRotation model) {
        this.model = model;
    }

    GridPane build() {
        ComboBox<RotationKind> kind = LabelledCell.combo("rotation-kind", RotationKind.values());
        kind.valueProperty().bindBidirectional(model.kind());
        ComboBox<String> by = Forms.choice("rotation-by", model.people(), model.by(), "Not recorded");
        TextField note = Forms.text("rotation-note", model.note());
        note.setPromptText("e.g. ticket 4411");
        Button record = new Button("Record", new FontIcon(MaterialDesignR.REFRESH));
        record.setId("record-rotation");
        record.setTooltip(new Tooltip("Record that the secret was changed, the lock re-keyed, the account disabled "
                + "or the authority revoked on that day; whoever held it before stops being exposed"));
        record.setOnAction(e -> model.record());
        GridPane grid = Forms.compactGrid();
        Forms.row(grid, "What was done", Forms.withError(model.errors(), "kind", "error-rotation-kind", kind));
        Forms.row(
                grid,
                "On",
                Forms.withError(model.errors(), "on", "error-rotation-on", Forms.date("rotation-on", model.on())));
        Forms.row(grid, "By", by);
        Forms.row(grid, "Note", note);
        grid.add(record, 1, grid.getRowCount());
        return grid;
    }
}
