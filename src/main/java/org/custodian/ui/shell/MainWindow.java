package org.custodian.ui.shell;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.start.StartView;
import org.custodian.ui.start.StartViewModel;

/** The one window: the start screen while locked, the inventory once unlocked. Ctrl+L locks. */
public final class MainWindow {
    private final Stage stage;
    private final InventoryFiles files;
    private final TaskRunner tasks;
    private final Path dataFolder;
    private final Scene scene;
    private Inventory open;

    public MainWindow(Stage stage, InventoryFiles files, TaskRunner tasks, Path dataFolder) {
        this.stage = stage;
        this.files = files;
        this.tasks = tasks;
        this.dataFolder = dataFolder;
        this.scene = new Scene(new javafx.scene.layout.StackPane(), 960, 640);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::lock);
        stage.setTitle("Custodian");
        stage.setScene(scene);
        stage.setOnHidden(e -> lock());
        showStart();
    }

    public void show() {
        stage.show();
    }

    private void showStart() {
        scene.setRoot(new StartView(new StartViewModel(files, tasks, dataFolder, this::showInventory)).build());
        stage.setTitle("Custodian");
    }

    private void showInventory(Inventory inventory) {
        open = inventory;
        InventorySummaryViewModel model = new InventorySummaryViewModel(inventory, tasks);
        scene.setRoot(new InventorySummaryView(model, this::lock).build());
        model.refresh();
        stage.setTitle("Custodian — " + model.name.get());
    }

    /** Closes the database and drops every view that showed its data. */
    public void lock() {
        if (open != null) {
            Inventory closing = open;
            open = null;
            closing.close();
            showStart();
        }
    }
}
