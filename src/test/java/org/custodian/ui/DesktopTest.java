package org.custodian.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.custodian.model.Criticality;
import org.custodian.model.DepartureMode;
import org.custodian.model.DepartureType;
import org.custodian.service.InventoryFiles;
import org.custodian.storage.KdfPolicy;
import org.custodian.ui.assets.AssetDetailModel.CustodyRow;
import org.custodian.ui.departures.DeparturesViewModel.TaskRow;
import org.custodian.ui.people.PeopleViewModel.PersonRow;
import org.custodian.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/** The shell and its screens through the real scene, on the demo inventory (encrypted, opened for real). */
@ExtendWith(ApplicationExtension.class)
class DesktopTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);
    @TempDir Path temp;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        InventoryFiles files = new InventoryFiles(KdfPolicy.fastForTests(), CLOCK, "tester");
        new MainWindow(stage, files, TaskRunner.synchronous(), temp).show();
    }

    @Test
    void theShellLeadsToEveryScreenAndCtrlFSearchesPeople(FxRobot robot) {
        openDemo(robot);
        assertTrue(text(robot, "#inventory-status").startsWith("Verified"));
        assertFalse(robot.lookup("#finding-counts").queryListView().getItems().isEmpty(), "the demo has findings");
        robot.clickOn(robot.lookup("#finding-counts .list-cell").nth(0).<Node>query());
        assertFalse(robot.lookup("#findings").queryListView().getItems().isEmpty(), "a count opens its findings");
        for (String section : List.of("assets", "groups", "departures", "audit", "dashboard", "people")) {
            robot.clickOn("#nav-" + section);
        }
        assertTrue(robot.lookup("#people-table").query().isVisible());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertTrue(robot.lookup("#people-search").query().isFocused(), "Ctrl+F puts the caret in the search");
        robot.write("kevin");
        TableView<PersonRow> people = robot.lookup("#people-table").queryTableView();
        assertEquals(1, people.getItems().size());
        assertEquals("Kevin Dale", people.getItems().get(0).name());
    }

    @Test
    void kevinCouldTouchSomethingIndirectlyAndThePathExplainsIt(FxRobot robot) {
        openDemo(robot);
        openPerson(robot, "Kevin Dale");
        assertEquals("Kevin Dale", text(robot, "#person-name"));
        TreeView<String> tree = robot.lookup("#could-touch").query();
        TreeItem<String> indirect = all(tree.getRoot()).stream().filter(i -> i.getValue().endsWith("— indirect"))
                .findFirst().orElseThrow(() -> new AssertionError("no indirect reach"));
        assertTrue(indirect.getChildren().size() >= 3, "person, custody and at least one grant step");
        assertTrue(indirect.getChildren().stream().anyMatch(step -> step.getValue().startsWith("→ ")));
        robot.clickOn("#what-if");
        assertFalse(robot.lookup("#what-if-plan").queryListView().getItems().isEmpty());
    }

    @Test
    void addingAPersonShowsTheMissingNameBesideTheFieldThenSaves(FxRobot robot) {
        openDemo(robot);
        robot.clickOn("#nav-people");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        assertTrue(robot.lookup("#person-form").query().isVisible(), "Ctrl+N opens the add form");
        robot.clickOn("#save-person");
        assertEquals("A person needs a name", text(robot, "#error-name"));
        robot.clickOn("#person-name-field").write("Zoe Quinn");
        robot.clickOn("#save-person");
        assertFalse(robot.lookup("#person-form").query().isVisible());
        assertEquals("Zoe Quinn", text(robot, "#person-name"));
    }

    @Test
    void addAnAssetCorrectingItsRecoveryEmailThenGiveCustodyAndRecordARotation(FxRobot robot) {
        openDemo(robot);
        robot.clickOn("#nav-assets");
        robot.clickOn("#add-asset");
        robot.clickOn("#asset-name-field").write("Print server admin");
        robot.clickOn("#asset-recovery-email").write("nobody");
        robot.clickOn("#save-asset");
        assertTrue(text(robot, "#error-recoveryEmail").contains("email address"));
        assertTrue(text(robot, "#error-criticality").contains("critical"));
        robot.clickOn("#asset-recovery-email").write("@hartwellmoor.example");
        ComboBox<Criticality> criticality = robot.lookup("#asset-criticality").query();
        robot.interact(() -> criticality.setValue(Criticality.HIGH));
        robot.clickOn("#save-asset");
        assertEquals("Print server admin", text(robot, "#asset-name"));

        ComboBox<String> holder = robot.lookup("#custody-holder").query();
        robot.interact(() -> holder.setValue("Priya Nair"));
        robot.clickOn("#give-custody");
        TableView<CustodyRow> custodians = robot.lookup("#asset-custodians").queryTableView();
        assertEquals("Priya Nair", custodians.getItems().get(0).holder());
        robot.clickOn("#record-rotation");
        assertEquals("Rotated today.", text(robot, "#asset-message"));
    }

    @Test
    void aHostileDepartureStartsBeforeNotifyingAndTasksGetDone(FxRobot robot) {
        openDemo(robot);
        openPerson(robot, "Kevin Dale");
        robot.clickOn("#start-departure");
        assertTrue(robot.lookup("#departure-wizard").query().isVisible());
        assertEquals("Kevin Dale", robot.lookup("#departure-leaver").<ComboBox<String>>query().getValue());
        ComboBox<DepartureMode> mode = robot.lookup("#departure-mode").query();
        ComboBox<DepartureType> type = robot.lookup("#departure-type").query();
        robot.interact(() -> {
            mode.setValue(DepartureMode.HOSTILE);
            type.setValue(DepartureType.CONTRACT_END);
        });
        robot.clickOn("#departure-preview");
        ListView<String> preview = robot.lookup("#departure-plan-preview").queryListView();
        assertTrue(preview.getItems().get(0).startsWith("1. [Before notifying]"), preview.getItems().get(0));
        robot.clickOn("#departure-save");

        TreeTableView<TaskRow> tasks = robot.lookup("#departure-tasks").query();
        TreeItem<TaskRow> firstPhase = tasks.getRoot().getChildren().get(0);
        assertEquals("Before notifying", firstPhase.getValue().phase(), "hostile: revoke before telling him");
        robot.clickOn(robot.lookup("#departure-tasks .tree-table-row-cell").nth(1).<Node>query());
        assertTrue(robot.lookup("#task-detail").queryAs(Label.class).getText().contains("Why: "));
        robot.clickOn("#task-done-by").write("David Moor");
        robot.clickOn("#task-evidence").write("ticket 4411");
        robot.clickOn("#task-done");
        TaskRow first = tasks.getRoot().getChildren().get(0).getChildren().get(0).getValue();
        assertEquals("Done", first.status());
        assertTrue(first.done().startsWith("David Moor · 2026-11-27"), first.done());
        assertTrue(robot.lookup("#departure-progress").<ProgressBar>query().getProgress() > 0);
    }

    @Test
    void lockingDropsTheInventoryAndTheDemoUnlocksAgain(FxRobot robot) {
        openDemo(robot);
        robot.clickOn("#nav-people");
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        assertTrue(robot.lookup("#inventory-name").tryQuery().isEmpty());
        assertTrue(robot.lookup("#people-table").tryQuery().isEmpty(), "no view of the inventory survives locking");
        robot.clickOn(robot.lookup(".tab-pane .tab").nth(0).<Node>query());
        robot.clickOn("#open-folder").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(temp.resolve("demo").toString());
        robot.clickOn("#open-passphrase").write("open the demo").type(KeyCode.ENTER);
        assertEquals("Hartwell Moor Engineering Ltd", text(robot, "#inventory-name"));
    }

    static void openDemo(FxRobot robot) {
        robot.clickOn("Demo");
        robot.clickOn("#demo-button");
    }

    static void openPerson(FxRobot robot, String name) {
        robot.clickOn("#nav-people");
        robot.clickOn("#people-search").write(name);
        robot.clickOn(robot.lookup("#people-table .table-cell").match(LabeledMatchers.hasText(name)).<Node>query());
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static List<TreeItem<String>> all(TreeItem<String> item) {
        List<TreeItem<String>> out = new ArrayList<>();
        for (TreeItem<String> child : item.getChildren()) {
            out.add(child);
            out.addAll(all(child));
        }
        return out;
    }
}
