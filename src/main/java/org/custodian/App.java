package org.custodian;

import javafx.application.Application;
import javafx.stage.Stage;
import org.custodian.service.InventoryFiles;
import org.custodian.ui.DataFolders;
import org.custodian.ui.FxTaskRunner;
import org.custodian.ui.NativeFilePicker;
import org.custodian.ui.Theme;
import org.custodian.ui.WindowPlacement;
import org.custodian.ui.shell.MainWindow;

/** The desktop application's composition root: builds the services and the first window. */
public final class App extends Application {
    static void launchWindow() {
        Application.launch(App.class);
    }

    @Override
    public void start(Stage stage) {
        Theme.apply();
        WindowPlacement.forUser().attach(stage);
        new MainWindow(
                        stage,
                        InventoryFiles.forThisMachine(),
                        new FxTaskRunner(),
                        DataFolders.userDataFolder(),
                        MainWindow.DEFAULT_IDLE_LIMIT,
                        new NativeFilePicker(() -> stage, getHostServices()::showDocument))
                .show();
    }
}
