package org.custodian.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.custodian.service.InventoryFiles;
import org.custodian.storage.KdfPolicy;
import org.custodian.ui.shell.MainWindow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Left alone, the unlocked window locks itself. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class IdleLockTest {
    @TempDir
    Path temp;

    private Stage stage;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        InventoryFiles files = new InventoryFiles(KdfPolicy.fastForTests(), DesktopTest.CLOCK, "tester");
        new MainWindow(stage, files, TaskRunner.synchronous(), temp, Duration.seconds(3)).show();
    }

    @Test
    void anIdleWindowLocksItself(FxRobot robot) throws Exception {
        DesktopTest.openDemo(robot);
        assertEquals("Custodian — Hartwell Moor Engineering Ltd", stage.getTitle());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Custodian".equals(stage.getTitle()));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(stage.getScene().lookup("#inventory-name"), "the shell is gone");
        assertNotNull(stage.getScene().lookup("#open-button"), "the start screen is back");
    }
}
