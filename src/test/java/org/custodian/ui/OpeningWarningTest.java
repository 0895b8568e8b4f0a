package org.custodian.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.custodian.model.Group;
import org.custodian.model.GroupId;
import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import org.custodian.service.OpenHistory;
import org.custodian.storage.KdfPolicy;
import org.custodian.ui.shell.MainWindow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Opening a whole older copy of an inventory folder in the window says so above every screen. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class OpeningWarningTest {
    private static final String PASSPHRASE = "lantern cobalt orchard tide";

    @TempDir
    Path temp;

    private Path older;

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        InventoryFiles files = new InventoryFiles(
                KdfPolicy.fastForTests(),
                Clock.systemUTC(),
                "tester",
                OpenHistory.in(temp.resolve("settings/open-history.properties")));
        Path folder = temp.resolve("inventory");
        files.create(folder, "Acme Ltd", PASSPHRASE.toCharArray()).close();
        older = temp.resolve("older-copy");
        try (var paths = Files.walk(folder)) {
            for (Path source : paths.toList()) {
                Files.copy(source, older.resolve(folder.relativize(source).toString()));
            }
        }
        try (Inventory inventory = files.open(folder, PASSPHRASE.toCharArray())) {
            inventory.groups().createGroup(new Group(GroupId.random(), "Admins", null));
        }
        new MainWindow(stage, files, TaskRunner.synchronous(), temp).show();
    }

    @Test
    void anOlderCopySaysSoUntilDismissed(FxRobot robot) {
        robot.clickOn("Open");
        javafx.scene.control.TextField folderField =
                robot.lookup("#open-folder").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> folderField.setText(older.toString()));
        robot.clickOn("#open-passphrase").write(PASSPHRASE);
        robot.clickOn("#open-button");
        assertTrue(
                robot.lookup("#inventory-name").tryQuery().isPresent(),
                () -> robot.lookup("#start-error").queryAs(Label.class).getText());
        String warning = robot.lookup("#opening-warning").queryAs(Label.class).getText();
        assertTrue(warning.contains("older than the one last opened on this computer"), warning);
        robot.clickOn("#dismiss-opening-warning");
        assertFalse(robot.lookup("#opening-warning")
                .queryAs(Label.class)
                .getParent()
                .isVisible());
    }
}
