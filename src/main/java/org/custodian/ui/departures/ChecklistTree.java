package org.custodian.ui.departures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import org.custodian.ui.departures.ChecklistModel.TaskRow;

/** The plan as a checklist: one branch per phase in plan order, each task under its phase. */
final class ChecklistTree {
    private final ObservableList<TaskRow> rows;

    ChecklistTree(ObservableList<TaskRow> rows) {
        this.rows = rows;
    }

    TreeTableView<TaskRow> build() {
        TreeItem<TaskRow> top = new TreeItem<>();
        TreeTableView<TaskRow> tree = new TreeTableView<>(top);
        tree.setId("departure-tasks");
        tree.setShowRoot(false);
        tree.getColumns().add(column("Task", TaskRow::title, 330));
        tree.getColumns().add(column("#", TaskRow::position, 40));
        tree.getColumns().add(column("Status", TaskRow::status, 130));
        tree.getColumns().add(column("Done by · on · evidence", TaskRow::done, 190));
        tree.getColumns().add(column("Recipients", TaskRow::recipients, 150));
        tree.getColumns().add(column("Reason", TaskRow::reason, 400));
        rows.addListener((ListChangeListener<TaskRow>) c -> fill(tree, top));
        return tree;
    }

    private void fill(TreeTableView<TaskRow> tree, TreeItem<TaskRow> top) {
        Long selected = selectedTask(tree);
        Map<String, List<TaskRow>> byPhase = new LinkedHashMap<>();
        rows.forEach(row ->
                byPhase.computeIfAbsent(row.phase(), p -> new ArrayList<>()).add(row));
        List<TreeItem<TaskRow>> phases = new ArrayList<>();
        TreeItem<TaskRow> reselect = null;
        for (Map.Entry<String, List<TaskRow>> phase : byPhase.entrySet()) {
            TreeItem<TaskRow> branch = new TreeItem<>(TaskRow.heading(phase.getKey(), phase.getValue()));
            branch.setExpanded(true);
            for (TaskRow row : phase.getValue()) {
                TreeItem<TaskRow> leaf = new TreeItem<>(row);
                branch.getChildren().add(leaf);
                if (selected != null && row.task().position() == selected) {
                    reselect = leaf;
                }
            }
            phases.add(branch);
        }
        top.getChildren().setAll(phases);
        if (reselect != null) {
            tree.getSelectionModel().select(reselect);
        }
    }

    private static Long selectedTask(TreeTableView<TaskRow> tree) {
        TreeItem<TaskRow> item = tree.getSelectionModel().getSelectedItem();
        return item == null || item.getValue() == null || item.getValue().task() == null
                ? null
                : (long) item.getValue().task().position();
    }

    private static TreeTableColumn<TaskRow, String> column(
            String title, Function<TaskRow, String> value, double width) {
        TreeTableColumn<TaskRow, String> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().getValue() == null ? "" : value.apply(c.getValue().getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
