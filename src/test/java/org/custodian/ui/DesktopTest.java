package org.custodian.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
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
import org.custodian.model.GrantKind;
import org.custodian.model.PersonStatus;
import org.custodian.service.InventoryFiles;
import org.custodian.storage.KdfPolicy;
import org.custodian.ui.assets.AssetCustody.CustodyRow;
import org.custodian.ui.assets.AssetGrants.GrantRow;
import org.custodian.ui.departures.ChecklistModel.TaskRow;
import org.custodian.ui.groups.GroupsViewModel.MemberRow;
import org.custodian.ui.people.PeopleViewModel.PersonRow;
import org.custodian.ui.shell.MainWindow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/** The shell and its screens through the real scene, on the demo inventory (encrypted, opened for real). */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class DesktopTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

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
        for (String section : List.of("assets", "groups", "departures", "audit", "backups", "dashboard", "people")) {
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
        TreeItem<String> indirect = all(tree.getRoot()).stream()
                .filter(i -> i.getValue().endsWith("— indirect"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no indirect reach"));
        assertTrue(indirect.getChildren().size() >= 3, "person, custody and at least one grant step");
        assertTrue(
                indirect.getChildren().stream().anyMatch(step -> step.getValue().startsWith("→ ")));
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
        clickVisible(robot, "#save-asset");
        assertTrue(text(robot, "#error-recoveryEmail").contains("email address"));
        assertTrue(text(robot, "#error-criticality").contains("critical"));
        robot.clickOn("#asset-recovery-email").write("@hartwellmoor.example");
        ComboBox<Criticality> criticality = robot.lookup("#asset-criticality").query();
        robot.interact(() -> criticality.setValue(Criticality.HIGH));
        clickVisible(robot, "#save-asset");
        assertEquals("Print server admin", text(robot, "#asset-name"));

        ComboBox<String> holder = robot.lookup("#custody-holder").query();
        robot.interact(() -> holder.setValue("Priya Nair"));
        clickVisible(robot, "#give-custody");
        TableView<CustodyRow> custodians = robot.lookup("#asset-custodians").queryTableView();
        assertEquals("Priya Nair", custodians.getItems().get(0).holder());
        clickVisible(robot, "#record-rotation");
        assertEquals("Rotated today.", text(robot, "#asset-message"));
    }

    @Test
    void aHostileDepartureStartsBeforeNotifyingAndTasksGetDone(FxRobot robot) {
        openDemo(robot);
        openPerson(robot, "Kevin Dale");
        robot.clickOn("#start-departure");
        assertTrue(robot.lookup("#departure-wizard").query().isVisible());
        assertEquals(
                "Kevin Dale",
                robot.lookup("#departure-leaver").<ComboBox<String>>query().getValue());
        ComboBox<DepartureMode> mode = robot.lookup("#departure-mode").query();
        ComboBox<DepartureType> type = robot.lookup("#departure-type").query();
        robot.interact(() -> {
            mode.setValue(DepartureMode.HOSTILE);
            type.setValue(DepartureType.CONTRACT_END);
        });
        robot.clickOn("#departure-preview");
        ListView<String> preview = robot.lookup("#departure-plan-preview").queryListView();
        assertTrue(
                preview.getItems().get(0).startsWith("1. [Before notifying]"),
                preview.getItems().get(0));
        robot.clickOn("#departure-save");

        TreeTableView<TaskRow> tasks = robot.lookup("#departure-tasks").query();
        TreeItem<TaskRow> firstPhase = tasks.getRoot().getChildren().get(0);
        assertEquals("Before notifying", firstPhase.getValue().phase(), "hostile: revoke before telling him");
        robot.clickOn(
                robot.lookup("#departure-tasks .tree-table-row-cell").nth(1).<Node>query());
        assertTrue(robot.lookup("#task-detail").queryAs(Label.class).getText().contains("Why: "));
        robot.clickOn("#task-done-by").write("David Moor");
        robot.clickOn("#task-evidence").write("ticket 4411");
        robot.clickOn("#task-done");
        TaskRow first =
                tasks.getRoot().getChildren().get(0).getChildren().get(0).getValue();
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
        robot.clickOn("#open-folder")
                .press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL)
                .write(temp.resolve("demo").toString());
        robot.clickOn("#open-passphrase").write("open the demo").type(KeyCode.ENTER);
        assertEquals("Hartwell Moor Engineering Ltd", text(robot, "#inventory-name"));
    }

    @Test
    void markingPriyaAsLeavingNeedsALastDayThenShowsInTheTable(FxRobot robot) {
        openDemo(robot);
        openPerson(robot, "Priya Nair");
        robot.clickOn("#edit-person");
        assertTrue(robot.lookup("#person-form").query().isVisible(), "Edit opens the form");
        assertEquals("Edit person", text(robot, "#person-form-title"));
        assertEquals(
                "Priya Nair",
                robot.lookup("#person-name-field").queryAs(TextField.class).getText(),
                "the form is filled in");
        ComboBox<PersonStatus> status = robot.lookup("#person-status").query();
        assertEquals(PersonStatus.ACTIVE, status.getValue());
        robot.interact(() -> status.setValue(PersonStatus.LEAVING));
        robot.clickOn("#save-person");
        assertEquals("A leaving person needs a last day", text(robot, "#error-lastDay"));
        assertTrue(robot.lookup("#person-form").query().isVisible(), "the form stays open until corrected");
        DatePicker lastDay = robot.lookup("#person-last-day").query();
        robot.interact(() -> lastDay.setValue(LocalDate.of(2026, 12, 18)));
        robot.clickOn("#save-person");
        assertFalse(robot.lookup("#person-form").query().isVisible());
        assertEquals("Priya Nair", text(robot, "#person-name"));
        assertTrue(text(robot, "#person-summary").contains("Leaving"), text(robot, "#person-summary"));
        TableView<PersonRow> people = robot.lookup("#people-table").queryTableView();
        PersonRow priya = people.getItems().stream()
                .filter(r -> r.name().equals("Priya Nair"))
                .findFirst()
                .orElseThrow();
        assertEquals("Leaving (2026-12-18)", priya.status());
        assertEquals("Finance and Office Manager", priya.person().jobTitle(), "untouched fields are kept");
        assertFalse(priya.person().userNames().isEmpty(), "fields the form does not show are kept");
    }

    @Test
    void editAnAssetsNameThenAddAndEndAGrant(FxRobot robot) {
        openDemo(robot);
        openAsset(robot, "Archive store key");
        clickVisible(robot, "#edit-asset");
        assertEquals("Edit asset", text(robot, "#asset-form-title"));
        assertTrue(robot.lookup("#asset-kind").query().isDisabled(), "the kind is fixed when editing");
        TextField name = robot.lookup("#asset-name-field").queryAs(TextField.class);
        assertEquals("Archive store key", name.getText());
        robot.clickOn(name).write(" (east)");
        clickVisible(robot, "#save-asset");
        assertFalse(robot.lookup("#asset-form").query().isVisible());
        assertEquals("Archive store key (east)", text(robot, "#asset-name"));

        ComboBox<String> target = robot.lookup("#grant-target").query();
        ComboBox<GrantKind> kind = robot.lookup("#grant-kind").query();
        robot.interact(() -> {
            target.setValue("Finance document safe combination");
            kind.setValue(GrantKind.PHYSICALLY_OPENS);
        });
        clickVisible(robot, "#add-grant");
        assertEquals("Grant added.", text(robot, "#asset-message"));
        ListView<GrantRow> grants = robot.lookup("#asset-grants").queryListView();
        String added = "This asset physically opens → Finance document safe combination";
        assertTrue(
                grants.getItems().stream().anyMatch(g -> g.text().equals(added)),
                grants.getItems().toString());
        Node addedCell = robot.lookup("#asset-grants .list-cell")
                .match(LabeledMatchers.hasText(added))
                .query();
        reveal(robot, addedCell);
        robot.clickOn(addedCell);
        clickVisible(robot, "#end-grant");
        assertEquals("Grant ended.", text(robot, "#asset-message"));
        assertTrue(grants.getItems().stream().noneMatch(g -> g.text().equals(added)));
    }

    @Test
    void aNewGroupGetsAMemberAndTheMembershipEnds(FxRobot robot) {
        openDemo(robot);
        robot.clickOn("#nav-groups");
        robot.clickOn("#new-group-name").write("Key holders");
        robot.clickOn("#create-group");
        assertEquals("Group Key holders created.", text(robot, "#groups-message"));
        assertEquals(
                "Group: Key holders",
                robot.lookup("#groups-list").queryListView().getSelectionModel().getSelectedItem());
        ComboBox<String> member = robot.lookup("#member-choice").query();
        robot.interact(() -> member.setValue("Priya Nair"));
        robot.clickOn("#add-member");
        ListView<MemberRow> members = robot.lookup("#group-members").queryListView();
        assertEquals(1, members.getItems().size());
        assertEquals("Priya Nair   2026-11-27 – now", members.getItems().get(0).text());
        robot.clickOn(robot.lookup("#group-members .list-cell").nth(0).<Node>query());
        robot.clickOn("#end-membership");
        assertEquals(
                "Priya Nair   2026-11-27 – 2026-11-27",
                members.getItems().get(0).text());
    }

    static void openAsset(FxRobot robot, String name) {
        robot.clickOn("#nav-assets");
        robot.clickOn("#assets-search").write(name);
        robot.clickOn(robot.lookup("#assets-table .table-cell")
                .match(LabeledMatchers.hasText(name))
                .<Node>query());
    }

    static void openDemo(FxRobot robot) {
        robot.clickOn("Demo");
        robot.clickOn("#demo-button");
    }

    static void openPerson(FxRobot robot, String name) {
        robot.clickOn("#nav-people");
        robot.clickOn("#people-search").write(name);
        robot.clickOn(robot.lookup("#people-table .table-cell")
                .match(LabeledMatchers.hasText(name))
                .<Node>query());
    }

    static void clickVisible(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        reveal(robot, node);
        robot.clickOn(node);
    }

    /** Scrolls the pane around {@code node} so that it is on screen, as a user would before clicking it. */
    static void reveal(FxRobot robot, Node node) {
        robot.interact(() -> {
            Parent parent = node.getParent();
            while (parent != null && !(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double hidden = content.getBoundsInLocal().getHeight()
                        - scroll.getViewportBounds().getHeight();
                if (hidden > 0) {
                    scroll.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - 40) / hidden)));
                }
            }
        });
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
