package org.custodian.ui;

import static org.custodian.ui.DesktopTest.text;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.custodian.model.AssetKind;
import org.custodian.model.AssetSubtype;
import org.custodian.model.Criticality;
import org.custodian.model.EndReason;
import org.custodian.model.OrganisationKind;
import org.custodian.model.PersonKind;
import org.custodian.model.RotationKind;
import org.custodian.service.InventoryFiles;
import org.custodian.storage.KdfPolicy;
import org.custodian.ui.assets.AssetCustody.CustodyRow;
import org.custodian.ui.shell.MainWindow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A real company told to the window from a fresh, empty inventory: an organisation, its technician with user
 * names, an asset with every field of its kind, a custody that ended two years ago and a rotation before that —
 * and the technician and his company still know the secret.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class DataEntryDesktopTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        InventoryFiles files = new InventoryFiles(KdfPolicy.fastForTests(), DesktopTest.CLOCK, "tester");
        new MainWindow(stage, files, TaskRunner.synchronous(), temp).show();
    }

    @Test
    void aProviderTechnicianWhoLeftTwoYearsAgoStillKnowsTheRegistrarLogin(FxRobot robot) {
        createInventory(robot);
        addOrganisation(robot);
        addTechnician(robot);
        addRegistrarLogin(robot);
        custodyThatEndedTwoYearsAgo(robot);
        rotationThreeYearsAgo(robot);

        DesktopTest.openPerson(robot, "Kevin Dale");
        assertTrue(reached(robot, "#could-touch").contains("Still knows (1)"), reached(robot, "#could-touch"));
        assertTrue(
                reached(robot, "#could-touch").contains("not rotated since 2024-11-27"),
                "the path says why: " + reached(robot, "#could-touch"));
        robot.clickOn("#nav-organisations");
        robot.clickOn(robot.lookup("#organisations-table .table-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("Fellside IT Services"))
                .<Node>query());
        assertTrue(reached(robot, "#organisation-could-touch").contains("Still knows (1)"));
        assertEquals(
                "Kevin Dale · External provider · Active · Technician",
                robot.lookup("#organisation-people").queryListView().getItems().get(0));
    }

    private void createInventory(FxRobot robot) {
        robot.clickOn("Create new");
        robot.clickOn("#create-name").write("Hartwell Moor");
        robot.clickOn("#create-passphrase").write("lantern cobalt orchard tide");
        robot.clickOn("#create-repeat").write("lantern cobalt orchard tide");
        robot.clickOn("#create-button");
        assertEquals("Hartwell Moor", text(robot, "#inventory-name"));
    }

    private void addOrganisation(FxRobot robot) {
        robot.clickOn("#nav-organisations");
        robot.clickOn("#add-organisation");
        robot.clickOn("#save-organisation");
        assertEquals("An organisation needs a name", text(robot, "#error-name"));
        assertEquals("Choose what kind of organisation this is", text(robot, "#error-kind"));
        robot.clickOn("#organisation-name-field").write("Fellside IT Services");
        choose(robot, "#organisation-kind", OrganisationKind.OTHER);
        robot.clickOn("#organisation-contact").write("+44 20 7946 0123");
        robot.clickOn("#save-organisation");
        assertEquals("Fellside IT Services", text(robot, "#organisation-name"));

        robot.clickOn("#edit-organisation");
        assertEquals("Edit organisation", text(robot, "#organisation-form-title"));
        choose(robot, "#organisation-kind", OrganisationKind.IT_PROVIDER);
        robot.clickOn("#organisation-contact").type(KeyCode.END).write(", desk@fellside.example.com");
        robot.clickOn("#save-organisation");
        assertEquals("IT provider · +44 20 7946 0123, desk@fellside.example.com", text(robot, "#organisation-summary"));
    }

    private void addTechnician(FxRobot robot) {
        robot.clickOn("#nav-people");
        robot.clickOn("#add-person");
        robot.clickOn("#person-name-field").write("Kevin Dale");
        choose(robot, "#person-kind", PersonKind.EXTERNAL_PROVIDER);
        robot.clickOn("#person-job-title").write("Technician");
        robot.clickOn("#person-user-names").write("Domain kdale");
        robot.clickOn("#save-person");
        assertEquals("An external provider must name their organisation", text(robot, "#error-organisation"));
        assertEquals("\"Domain kdale\" must look like system=user", text(robot, "#error-userNames"));
        choose(robot, "#person-organisation", "Fellside IT Services");
        robot.clickOn("#person-user-names")
                .press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL)
                .write("Domain=kdale; Microsoft 365=kevin.dale");
        robot.clickOn("#person-personal-contact").write("kevin.dale@example.org");
        robot.clickOn("#save-person");
        String facts = text(robot, "#person-facts");
        assertTrue(facts.contains("Organisation: Fellside IT Services"), facts);
        assertTrue(facts.contains("User names: Domain=kdale; Microsoft 365=kevin.dale"), facts);
        assertTrue(facts.contains("Personal contact: kevin.dale@example.org"), facts);
    }

    private void addRegistrarLogin(FxRobot robot) {
        robot.clickOn("#nav-assets");
        robot.clickOn("#add-asset");
        choose(robot, "#asset-kind", AssetKind.HOSTING_LOGIN);
        choose(robot, "#asset-subtype", AssetSubtype.REGISTRAR);
        choose(robot, "#asset-criticality", Criticality.CRITICAL);
        robot.clickOn("#asset-name-field").write("Registrar login");
        type(robot, "#asset-system", "hartwellmoor.example");
        choose(robot, "#asset-vendor", "Fellside IT Services");
        choose(robot, "#asset-owner", "Kevin Dale");
        choose(robot, "#asset-set-up-by", "Kevin Dale");
        type(robot, "#asset-interval", "a year");
        type(robot, "#asset-rotation-procedure", "Registrar portal, Account, Security");
        type(robot, "#asset-value-location", "KeePassXC IT.kdbx, group Hosting");
        type(robot, "#asset-recovery-email", "domains@hartwellmoor.example");
        type(robot, "#asset-recovery-phone", "+44 7700 900123");
        type(robot, "#asset-notes", "Registered by Kevin in 2014");
        date(robot, "#asset-renewal", LocalDate.of(2027, 1, 15));
        date(robot, "#asset-expiry", LocalDate.of(2026, 12, 20));
        DesktopTest.clickVisible(robot, "#save-asset");
        assertEquals("\"a year\" is not a whole number", text(robot, "#error-rotationIntervalDays"));
        robot.interact(() -> robot.lookup("#asset-interval")
                .queryAs(javafx.scene.control.TextField.class)
                .setText("365"));
        DesktopTest.clickVisible(robot, "#save-asset");
        assertEquals("Registrar login", text(robot, "#asset-name"));
        String fields = text(robot, "#asset-fields");
        for (String expected : new String[] {
            "System / location: hartwellmoor.example",
            "Vendor: Fellside IT Services",
            "Owner: Kevin Dale",
            "Set up by: Kevin Dale",
            "Rotation interval: 365 days",
            "How to rotate: Registrar portal, Account, Security",
            "Value kept in: KeePassXC IT.kdbx, group Hosting",
            "Recovery: domains@hartwellmoor.example, +44 7700 900123",
            "Details: renewal 2027-01-15 · expiry 2026-12-20",
            "Notes: Registered by Kevin in 2014"
        }) {
            assertTrue(fields.contains(expected), expected + " in " + fields);
        }
        robot.clickOn("#edit-asset");
        assertEquals(
                "Fellside IT Services",
                robot.lookup("#asset-vendor").<ComboBox<String>>query().getValue());
        choose(robot, "#asset-owner", "");
        type(robot, "#asset-recovery-phone", "");
        DesktopTest.clickVisible(robot, "#save-asset");
        assertFalse(text(robot, "#asset-fields").contains("Owner:"), "the owner was taken back");
        assertTrue(text(robot, "#asset-fields").contains("Recovery: domains@hartwellmoor.example\n"));
    }

    private void custodyThatEndedTwoYearsAgo(FxRobot robot) {
        choose(robot, "#custody-holder", "Kevin Dale");
        date(robot, "#custody-from", TODAY.minusYears(5));
        type(robot, "#custody-note", "registered it");
        DesktopTest.clickVisible(robot, "#give-custody");
        assertEquals("Custody recorded from 2021-11-27.", text(robot, "#asset-message"));
        TableView<CustodyRow> custodians = robot.lookup("#asset-custodians").queryTableView();
        assertEquals("2021-11-27", custodians.getItems().get(0).from());
        assertEquals("registered it", custodians.getItems().get(0).note());
        robot.interact(() -> custodians.getSelectionModel().select(0));
        date(robot, "#custody-end-on", TODAY.minusYears(6));
        choose(robot, "#custody-end-reason", EndReason.LEFT);
        DesktopTest.clickVisible(robot, "#end-custody");
        assertEquals("Custody cannot end before it starts", text(robot, "#error-custody-until"));
        date(robot, "#custody-end-on", TODAY.minusYears(2));
        DesktopTest.clickVisible(robot, "#end-custody");
        assertEquals("2024-11-27 (Left)", custodians.getItems().get(0).until());
    }

    private void rotationThreeYearsAgo(FxRobot robot) {
        choose(robot, "#rotation-kind", RotationKind.ROTATED);
        date(robot, "#rotation-on", TODAY.minusYears(3));
        choose(robot, "#rotation-by", "Kevin Dale");
        type(robot, "#rotation-note", "new password after the audit");
        DesktopTest.clickVisible(robot, "#record-rotation");
        assertEquals("Rotated on 2023-11-27.", text(robot, "#asset-message"));
        assertTrue(text(robot, "#asset-fields").contains("Last rotated: 2023-11-27"));
    }

    /** Every line of a reach tree, levels, reaches and path steps, one string. */
    private static String reached(FxRobot robot, String query) {
        TreeView<String> tree = robot.lookup(query).query();
        StringBuilder all = new StringBuilder();
        append(tree.getRoot(), all);
        return all.toString();
    }

    private static void append(TreeItem<String> item, StringBuilder all) {
        for (TreeItem<String> child : item.getChildren()) {
            all.append(child.getValue()).append('\n');
            append(child, all);
        }
    }

    private static <T> void choose(FxRobot robot, String query, T value) {
        ComboBox<T> combo = robot.lookup(query).query();
        robot.interact(() -> combo.setValue(value));
    }

    private static void date(FxRobot robot, String query, LocalDate day) {
        DatePicker picker = robot.lookup(query).query();
        robot.interact(() -> picker.setValue(day));
    }

    /** Types into a field the user may have to scroll to; "" empties it. */
    private static void type(FxRobot robot, String query, String text) {
        DesktopTest.reveal(robot, robot.lookup(query).query());
        robot.clickOn(query).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        if (text.isEmpty()) {
            robot.type(KeyCode.DELETE);
        } else {
            robot.write(text);
        }
    }
}
