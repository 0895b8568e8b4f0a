package org.custodian.ui.shell;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.service.CheckReport;
import org.custodian.service.Inventory;
import org.custodian.ui.TaskRunner;

/** What the unlocked inventory holds, in counts and recent changes. */
public final class InventorySummaryViewModel {
    public final StringProperty name = new SimpleStringProperty("");
    public final StringProperty status = new SimpleStringProperty("Loading...");
    public final ObservableList<String> counts = FXCollections.observableArrayList();
    public final ObservableList<String> recentChanges = FXCollections.observableArrayList();
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneId.systemDefault());
    private final Inventory inventory;
    private final TaskRunner tasks;

    public InventorySummaryViewModel(Inventory inventory, TaskRunner tasks) {
        this.inventory = inventory;
        this.tasks = tasks;
        name.set(inventory.info().name());
    }

    public void refresh() {
        tasks.run(() -> new Loaded(inventory.check(), inventory.recentChanges(20).stream()
                        .map(e -> WHEN.format(e.at()) + "   " + e.actor() + "   " + e.action().toLowerCase()
                                + " " + e.entityType())
                        .toList()),
                loaded -> {
                    counts.setAll(loaded.report.counts().entrySet().stream()
                            .map(e -> e.getValue() + " " + e.getKey()).toList());
                    recentChanges.setAll(loaded.changes);
                    status.set(loaded.report.healthy()
                            ? "Verified: " + loaded.report.verifiedChanges() + " recorded changes, history intact."
                            : String.join("\n", loaded.report.problems()));
                },
                failure -> status.set(failure.getMessage()));
    }

    private record Loaded(CheckReport report, java.util.List<String> changes) {
    }
}
