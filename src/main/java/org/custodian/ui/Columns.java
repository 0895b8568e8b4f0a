package org.custodian.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableColumn;

/** Read-only table columns from a row accessor, and tables that sort without changing their rows. */
public final class Columns {
    private Columns() {}

    /** Columns share the table's width instead of running off its right edge. */
    public static void fit(javafx.scene.control.TableView<?> table) {
        table.setColumnResizePolicy(javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /**
     * Shows {@code rows} in {@code table}, sorted by the column headings the user clicks. The table sorts a view
     * of its own: the view model's list is read-only to it, and its order is the model's.
     */
    public static <R> void sortable(javafx.scene.control.TableView<R> table, ObservableList<R> rows) {
        SortedList<R> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    public static <R> TableColumn<R, String> text(String title, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
