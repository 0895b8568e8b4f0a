package org.custodian.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** Reaches grouped by level, each with its route and its explaining path as child steps. */
public final class ReachTree {
    private ReachTree() {}

    public static TreeView<String> of(String id, ObservableList<ReachRow> rows) {
        TreeItem<String> top = new TreeItem<>();
        TreeView<String> tree = new TreeView<>(top);
        tree.setId(id);
        tree.setShowRoot(false);
        tree.setPrefHeight(380);
        rows.addListener((ListChangeListener<ReachRow>) c -> {
            Map<String, TreeItem<String>> levels = new LinkedHashMap<>();
            for (ReachRow row : rows) {
                TreeItem<String> level = levels.computeIfAbsent(row.level(), l -> {
                    TreeItem<String> item = new TreeItem<>(l);
                    item.setExpanded(true);
                    return item;
                });
                TreeItem<String> reached =
                        new TreeItem<>(row.name() + "   — " + row.route().toLowerCase(java.util.Locale.ROOT));
                row.steps().forEach(step -> reached.getChildren().add(new TreeItem<>(step)));
                reached.setExpanded(!"Direct".equals(row.route()));
                level.getChildren().add(reached);
            }
            levels.forEach(
                    (l, item) -> item.setValue(l + " (" + item.getChildren().size() + ")"));
            top.getChildren().setAll(levels.values());
        });
        return tree;
    }
}
