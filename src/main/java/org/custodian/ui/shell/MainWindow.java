package org.custodian.ui.shell;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.custodian.model.CustodianException;
import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import org.custodian.ui.FilePicker;
import org.custodian.ui.NativeFilePicker;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.start.StartView;
import org.custodian.ui.start.StartViewModel;

/**
 * The one window: the start screen while locked, the shell once unlocked. Ctrl+L locks, Ctrl+F searches,
 * Ctrl+N adds, Ctrl+E saves the screen's Excel report; it also locks after a stretch without input and when the window closes.
 */
public final class MainWindow {
    public static final Duration DEFAULT_IDLE_LIMIT = Duration.minutes(10);
    private final Stage stage;
    private final InventoryFiles files;
    private final TaskRunner tasks;
    private final Path dataFolder;
    private final FilePicker picker;
    private final Scene scene;
    private final IdleLock idleLock;
    private Inventory open;
    private ShellView shell;

    public MainWindow(Stage stage, InventoryFiles files, TaskRunner tasks, Path dataFolder) {
        this(stage, files, tasks, dataFolder, DEFAULT_IDLE_LIMIT);
    }

    public MainWindow(Stage stage, InventoryFiles files, TaskRunner tasks, Path dataFolder, Duration idleLimit) {
        this(stage, files, tasks, dataFolder, idleLimit, null);
    }

    /**
     * {@code picker} answers the save and open dialogs and opens finished files; null means the real dialogs,
     * opening nothing afterwards (tests pass their own).
     */
    public MainWindow(
            Stage stage,
            InventoryFiles files,
            TaskRunner tasks,
            Path dataFolder,
            Duration idleLimit,
            FilePicker picker) {
        this.stage = stage;
        this.picker = picker != null ? picker : new NativeFilePicker(() -> stage, null);
        this.files = files;
        this.tasks = tasks;
        this.dataFolder = dataFolder;
        this.scene = new Scene(new javafx.scene.layout.StackPane(), 1200, 760);
        this.idleLock = new IdleLock(scene, idleLimit, this::lock);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::lock);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            if (shell != null) {
                shell.focusSearch();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), () -> {
            if (shell != null) {
                shell.export();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            if (shell != null) {
                shell.createNew();
            }
        });
        stage.setTitle("Custodian");
        stage.setScene(scene);
        stage.setOnHidden(e -> lock());
        showStart();
    }

    public void show() {
        stage.show();
    }

    private void showStart() {
        showStart(null);
    }

    /** The start screen, its Open form filled in with {@code folder} when one is given. */
    private StartViewModel showStart(Path folder) {
        StartViewModel start = new StartViewModel(files, tasks, dataFolder, this::showInventory);
        if (folder != null) {
            start.openFolder().set(folder.toString());
        }
        scene.setRoot(new StartView(start).build());
        stage.setTitle("Custodian");
        return start;
    }

    /**
     * Locks this inventory and offers {@code folder} (a restored backup) on the start screen. Its passphrase is
     * asked again rather than kept: nothing holds a passphrase once an inventory is open.
     */
    private void openInstead(Path folder) {
        lock();
        showStart(folder);
    }

    private void showInventory(Inventory inventory) {
        open = inventory;
        shell = new ShellView(inventory, tasks, picker, this::lock, this::openInstead);
        scene.setRoot(shell.build());
        stage.setTitle("Custodian — " + shell.inventoryName());
        idleLock.start();
    }

    /** Closes the database and drops every view that showed its data. */
    public void lock() {
        if (open != null) {
            Inventory closing = open;
            open = null;
            shell = null;
            idleLock.stop();
            try {
                closing.close();
                showStart();
            } catch (CustodianException backupFailed) {
                // closed and unlocked all the same: say so on the start screen rather than lose it
                showStart(null).showError(backupFailed.getMessage() + " " + backupFailed.nextStep());
            }
        }
    }
}
