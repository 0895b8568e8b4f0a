package org.custodian.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The layout People, Assets and Departures share: on the left a few rows of controls (search, "Add…", filters),
 * the screen's error line and a sortable table whose selection follows the view model's; on the right the
 * chosen record, or the form that replaces it while open.
 */
public final class ListScaffold<R> {
    private final TableView<R> table = new TableView<>();
    private final TextField search = new TextField();

    /** A table of {@code rows} with the id {@code id}, saying {@code placeholder} while there are none. */
    public ListScaffold(String id, ObservableList<R> rows, String placeholder) {
        table.setId(id);
        Columns.sortable(table, rows);
        table.setPlaceholder(new Label(placeholder));
        Columns.fit(table);
    }

    public ListScaffold<R> column(String title, Function<R, String> value, double width) {
        return column(Columns.text(title, value, width));
    }

    /** A column of another type, e.g. a number that should sort as one. */
    public ListScaffold<R> column(TableColumn<R, ?> column) {
        table.getColumns().add(column);
        return this;
    }

    /**
     * Keeps the table's selection and the model's in step. A table emptied by a reload selects nothing; that
     * is not passed on, so the model keeps its choice and can select it again among the new rows.
     */
    public ListScaffold<R> selection(ReadOnlyObjectProperty<R> selected, Consumer<R> select) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                select.accept(now);
            }
        });
        selected.addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        return this;
    }

    /** The search field, bound both ways to {@code text}; place it among the controls. */
    public TextField search(String id, String prompt, StringProperty text) {
        search.setId(id);
        search.setPromptText(prompt);
        search.textProperty().bindBidirectional(text);
        HBox.setHgrow(search, Priority.ALWAYS);
        return search;
    }

    /** Ctrl+F: the caret in the search field, its text selected so typing replaces it. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** The two halves side by side, the divider at {@code divider} (0 to 1) of the width. */
    public SplitPane build(ObservableValue<String> error, Node right, double divider, Node... controls) {
        VBox left = new VBox(8, controls);
        left.getChildren().addAll(Forms.error(error), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(12));
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(divider);
        return split;
    }

    /** The detail pane, with the form over it while the form is open. */
    public static Parent detailOrForm(Parent detail, Parent form, ObservableBooleanValue formOpen) {
        form.visibleProperty().bind(formOpen);
        detail.visibleProperty().bind(javafx.beans.binding.Bindings.not(formOpen));
        return new StackPane(detail, form);
    }
}
