package org.custodian.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The unlocked inventory at a glance; the full screens come with the desktop-application issue. */
public final class InventorySummaryView {
    private final InventorySummaryViewModel model;
    private final Runnable lock;

    public InventorySummaryView(InventorySummaryViewModel model, Runnable lock) {
        this.model = model;
        this.lock = lock;
    }

    public Parent build() {
        Label title = new Label();
        title.setId("inventory-name");
        title.getStyleClass().add("title-2");
        title.textProperty().bind(model.name);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button lockButton = new Button("Lock");
        lockButton.setId("lock-button");
        lockButton.setTooltip(new Tooltip("Close the inventory and clear the window (Ctrl+L)"));
        lockButton.setOnAction(e -> lock.run());
        Label status = new Label();
        status.setId("inventory-status");
        status.setWrapText(true);
        status.textProperty().bind(model.status);
        ListView<String> counts = new ListView<>(model.counts);
        counts.setId("inventory-counts");
        counts.setPrefHeight(240);
        ListView<String> changes = new ListView<>(model.recentChanges);
        VBox root = new VBox(12, new HBox(title, spacer, lockButton), status, new Label("Contents"), counts,
                new Label("Recent changes"), changes);
        VBox.setVgrow(changes, Priority.ALWAYS);
        root.setPadding(new Insets(24));
        return root;
    }
}
