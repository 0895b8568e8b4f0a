package org.custodian.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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

/** The start screen through the real scene: create, lock, a wrong passphrase, unlock, the demo. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class StartScreenTest {
    @TempDir
    Path temp;

    private Stage stage;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        InventoryFiles files = new InventoryFiles(KdfPolicy.fastForTests(), Clock.systemUTC(), "tester");
        new MainWindow(stage, files, TaskRunner.synchronous(), temp).show();
    }

    @Test
    void theFirstLaunchOffersTheDemo(FxRobot robot) {
        assertTrue(robot.lookup("#demo-button")
                .tryQuery()
                .map(javafx.scene.Node::isVisible)
                .orElse(false));
    }

    @Test
    void createLockReopenWithAWrongThenTheRightPassphrase(FxRobot robot) {
        assertEquals("Custodian", stage.getTitle());
        robot.clickOn("Create new");
        robot.clickOn("#create-name").write("Acme Ltd");
        robot.clickOn("#create-passphrase").write("lantern cobalt orchard tide");
        robot.clickOn("#create-repeat").write("lantern cobalt orchard tide");
        robot.clickOn("#create-button");
        assertEquals("Acme Ltd", text(robot, "#inventory-name"));
        assertEquals("Custodian — Acme Ltd", stage.getTitle());

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        assertTrue(robot.lookup("#inventory-name").tryQuery().isEmpty(), "locking clears the inventory view");
        assertEquals(
                temp.resolve("inventory").toString(),
                robot.lookup("#open-folder").queryAs(TextField.class).getText());

        robot.clickOn("#open-passphrase").write("lantern cobalt orchard");
        robot.clickOn("#open-button");
        assertTrue(text(robot, "#start-error").contains("The passphrase does not open this inventory."));
        assertTrue(text(robot, "#start-error").contains("caps lock"));

        robot.clickOn("#open-passphrase").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("lantern cobalt orchard tide").type(KeyCode.ENTER);
        assertEquals("Acme Ltd", text(robot, "#inventory-name"));
        robot.clickOn("#lock-button");
        assertTrue(robot.lookup("#inventory-name").tryQuery().isEmpty());
    }

    @Test
    void createIsOnlyPossibleWithMatchingPassphrasesOfSensibleLength(FxRobot robot) {
        robot.clickOn("Create new");
        robot.clickOn("#create-name").write("Acme Ltd");
        robot.clickOn("#create-passphrase").write("short");
        robot.clickOn("#create-repeat").write("short");
        assertTrue(robot.lookup("#create-button").query().isDisabled());
        assertTrue(robot.lookup("Too short: at least 10 characters.").tryQuery().isPresent());
        robot.clickOn("#create-passphrase").type(KeyCode.END).write(" but longer now");
        assertTrue(robot.lookup("#create-button").query().isDisabled(), "the repeat does not match yet");
        robot.clickOn("#create-repeat").type(KeyCode.END).write(" but longer now");
        assertFalse(robot.lookup("#create-button").query().isDisabled());
    }

    @Test
    void theDemoOpensWithItsPublicPassphrase(FxRobot robot) {
        robot.clickOn("Demo");
        assertTrue(
                robot.lookup("Its passphrase is \"open the demo\".").tryQuery().isPresent());
        robot.clickOn("#demo-button");
        assertEquals("Hartwell Moor Engineering Ltd", text(robot, "#inventory-name"));
        assertTrue(text(robot, "#inventory-status").startsWith("Verified"), text(robot, "#inventory-status"));
        robot.clickOn("#lock-button");
        robot.clickOn("Demo");
        robot.clickOn("#demo-button");
        assertEquals(
                "Hartwell Moor Engineering Ltd", text(robot, "#inventory-name"), "second time it opens the same demo");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
