package org.custodian.ui;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Small building blocks every form uses: a labelled row, a bound text field, a message under a field. */
public final class Forms {
    private Forms() {}

    /** The input with a red message under it that appears only while its field has a violation. */
    public static VBox withError(FieldErrors errors, String field, Node input) {
        return withError(errors, field, "error-" + field, input);
    }

    /** As above, with the message's own id, for a screen where two parts have a field of the same name. */
    public static VBox withError(FieldErrors errors, String field, String messageId, Node input) {
        Label message = new Label();
        message.setId(messageId);
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

    /** A few lines of free text (notes), wrapped, bound both ways. */
    public static TextArea area(String id, StringProperty value) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    /**
     * A drop-down of names bound both ways to {@code value}; the empty name "" stands for "none" and reads as
     * {@code none}, so a choice can be taken back.
     */
    public static ComboBox<String> choice(String id, ObservableList<String> names, StringProperty value, String none) {
        ComboBox<String> combo = new ComboBox<>(names);
        combo.setId(id);
        combo.setCellFactory(list -> noneAs(none));
        combo.setButtonCell(noneAs(none));
        combo.valueProperty().bindBidirectional(value);
        return combo;
    }

    private static ListCell<String> noneAs(String none) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.isEmpty() ? none : item);
            }
        };
    }

    /**
     * A date picker bound both ways. A date typed and not confirmed with Enter counts once the focus leaves (a
     * click on "Save" must not lose it); text that is no date is put back to the date shown before.
     */
    public static DatePicker date(String id, ObjectProperty<LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText("yyyy-mm-dd");
        picker.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, null));
        picker.valueProperty().bindBidirectional(value);
        picker.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitTyped(picker);
            }
        });
        return picker;
    }

    private static void commitTyped(DatePicker picker) {
        String typed = picker.getEditor().getText();
        try {
            picker.setValue(
                    typed == null || typed.isBlank()
                            ? null
                            : picker.getConverter().fromString(typed.strip()));
        } catch (RuntimeException e) { // the converter's parse error: not a date
            picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
        }
    }

    /**
     * A two-column form grid whose label column has the same width in every form, so grids line up; narrow enough
     * that a form beside a table fits a 1024-pixel window without scrolling sideways (long labels wrap).
     */
    public static GridPane grid() {
        return grid(150, 180);
    }

    /** A narrower grid, for a small form inside a detail pane that shares the window with a table. */
    public static GridPane compactGrid() {
        return grid(120, 160);
    }

    private static GridPane grid(double labelWidth, double minInput) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints(labelWidth);
        javafx.scene.layout.ColumnConstraints inputs = new javafx.scene.layout.ColumnConstraints(minInput, 320, 420);
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
