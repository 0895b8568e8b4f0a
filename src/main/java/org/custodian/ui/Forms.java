package org.custodian.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Small building blocks every form uses: a labelled row, a bound text field, a message under a field. */
public final class Forms {
    private Forms() {}

    /** The input with a red message under it that appears only while its field has a violation. */
    public static VBox withError(FieldErrors errors, String field, Node input) {
        Label message = new Label();
        message.setId("error-" + field);
        message.getStyleClass().addAll("danger", "text-small");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.valueAt(errors.byField(), field));
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return new VBox(2, input, message);
    }

    public static TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** A two-column form grid whose label column has the same width in every form, so grids line up. */
    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints(190);
        javafx.scene.layout.ColumnConstraints inputs = new javafx.scene.layout.ColumnConstraints(200, 320, 420);
        grid.getColumnConstraints().addAll(labels, inputs);
        return grid;
    }

    public static void row(GridPane grid, String label, Node input) {
        int row = grid.getRowCount();
        Label text = new Label(label);
        text.setWrapText(true);
        GridPane.setValignment(text, javafx.geometry.VPos.TOP);
        text.setPadding(new Insets(6, 0, 0, 0));
        stretch(input);
        grid.add(text, 0, row);
        grid.add(input, 1, row);
    }

    private static void stretch(Node node) {
        if (node instanceof javafx.scene.layout.VBox box) {
            box.getChildren().forEach(Forms::stretch);
        } else if (node instanceof javafx.scene.control.Control control
                && !(node instanceof javafx.scene.control.CheckBox)) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
    }

    public static Label error(javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.getStyleClass().add("danger");
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
