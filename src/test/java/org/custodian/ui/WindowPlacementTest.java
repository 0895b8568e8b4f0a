package org.custodian.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {
    private final Preferences node = Preferences.userRoot().node("org/custodian/test-" + UUID.randomUUID());

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void theWindowReopensWhereAndAsLargeAsItWasClosed(FxRobot robot) {
        robot.interact(() -> {
            Stage first = new Stage();
            first.setScene(new Scene(new StackPane(), 300, 200));
            new WindowPlacement(node).attach(first);
            first.show();
            first.setX(40);
            first.setY(30);
            first.setWidth(900);
            first.setHeight(700);
            first.fireEvent(new WindowEvent(first, WindowEvent.WINDOW_CLOSE_REQUEST));
            first.close();

            Stage second = new Stage();
            second.setScene(new Scene(new StackPane(), 300, 200));
            new WindowPlacement(node).attach(second);
            assertEquals(900, second.getWidth(), 1);
            assertEquals(700, second.getHeight(), 1);
            assertEquals(40, second.getX(), 1);
        });
    }
}
