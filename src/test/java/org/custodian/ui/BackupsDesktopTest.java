package org.custodian.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.custodian.model.Person;
import org.custodian.model.PersonId;
import org.custodian.model.PersonKind;
import org.custodian.model.PersonStatus;
import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import org.custodian.storage.KdfPolicy;
import org.custodian.ui.backups.BackupsViewModel.BackupRow;
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

/**
 * The Backups screen through the real scene: the demo inventory (encrypted, opened for real) with two backups
 * written by its own close, the newer one then damaged on disk. The older one is restored into a new folder and
 * opened in place of the demo with the same passphrase.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class BackupsDesktopTest {
    private static final String OLDER = "2026-11-20 08:00 UTC";
    private static final String NEWER = "2026-11-25 16:45 UTC";

    @TempDir
    Path temp;

    RecordingFilePicker picker;

    @Start
    void start(Stage stage) throws IOException {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Path demo = temp.resolve("demo");
        at("2026-11-20T08:00:00Z").createDemo(demo).close();
        try (Inventory inventory =
                at("2026-11-25T16:45:00Z").open(demo, InventoryFiles.DEMO_PASSPHRASE.toCharArray())) {
            inventory
                    .people()
                    .registerPerson(new Person(
                            PersonId.random(),
                            "Zoe Quinn",
                            PersonKind.EMPLOYEE,
                            null,
                            "Engineer",
                            PersonStatus.ACTIVE,
                            null,
                            null,
                            "zoe@example.com",
                            null,
                            List.of(),
                            null));
        }
        try (var backups = Files.list(demo.resolve("backups"))) {
            Path newest = backups.filter(p -> p.toString().endsWith(".mv.db"))
                    .max(Path::compareTo)
                    .orElseThrow();
            byte[] bytes = Files.readAllBytes(newest);
            bytes[bytes.length / 2] ^= 0x10;
            Files.write(newest, bytes);
        }
        picker = new RecordingFilePicker(temp.resolve("out"));
        InventoryFiles files = new InventoryFiles(KdfPolicy.fastForTests(), DesktopTest.CLOCK, "tester");
        new MainWindow(stage, files, TaskRunner.synchronous(), temp, MainWindow.DEFAULT_IDLE_LIMIT, picker).show();
    }

    @Test
    void backupsAreVerifiedAndTheOlderOneIsRestoredIntoANewFolderAndOpened(FxRobot robot) throws IOException {
        DesktopTest.openDemo(robot);
        robot.clickOn("#nav-backups");
        TableView<BackupRow> table = robot.lookup("#backups-table").queryTableView();
        assertEquals(
                List.of(NEWER, OLDER),
                table.getItems().stream().map(BackupRow::taken).toList(),
                "newest first");
        BackupRow damaged = table.getItems().get(0);
        assertEquals("✗ Failed", damaged.verified());
        assertEquals("its database file was changed outside Custodian since it was last saved", damaged.detail());
        BackupRow good = table.getItems().get(1);
        assertEquals("✓ Verified", good.verified());
        assertTrue(good.size().endsWith("KiB"), good.size());
        assertTrue(Long.parseLong(damaged.changes()) > Long.parseLong(good.changes()), "Zoe is one change more");
        assertEquals("1 of 2 backups do not verify.", DesktopTest.text(robot, "#backups-summary"));

        robot.clickOn(robot.lookup("#backups-table .table-cell")
                .match(LabeledMatchers.hasText(NEWER))
                .<Node>query());
        robot.clickOn("#restore-backup");
        assertTrue(
                robot.lookup(".danger")
                        .match(LabeledMatchers.hasText(
                                "This backup does not verify (its database file was changed outside Custodian since it was last "
                                        + "saved); choose another."))
                        .tryQuery()
                        .isPresent(),
                "a failed backup is not restored");
        assertTrue(picker.foldersAsked.isEmpty(), "no folder is asked for it");

        Path restored = temp.resolve("restored");
        picker.folderToChoose = restored;
        robot.clickOn(robot.lookup("#backups-table .table-cell")
                .match(LabeledMatchers.hasText(OLDER))
                .<Node>query());
        robot.clickOn("#restore-backup");
        assertEquals(List.of("Restore the backup from " + OLDER + " into a new or empty folder"), picker.foldersAsked);
        assertTrue(
                DesktopTest.text(robot, "#backups-message")
                        .startsWith("Restored the backup from " + OLDER + " into " + restored),
                DesktopTest.text(robot, "#backups-message"));
        assertTrue(Files.isRegularFile(restored.resolve("custodian.header")));

        robot.clickOn("#open-restored");
        assertTrue(robot.lookup("#inventory-name").tryQuery().isEmpty(), "the demo is locked first");
        assertEquals(
                restored.toString(),
                robot.lookup("#open-folder").queryAs(TextField.class).getText());
        robot.clickOn("#open-passphrase").write(InventoryFiles.DEMO_PASSPHRASE).type(KeyCode.ENTER);
        assertEquals("Hartwell Moor Engineering Ltd", DesktopTest.text(robot, "#inventory-name"));
        robot.clickOn("#nav-people");
        TableView<PersonRow> people = robot.lookup("#people-table").queryTableView();
        assertEquals(15, people.getItems().size(), "the restored inventory holds the older state, without Zoe");
        assertTrue(people.getItems().stream().noneMatch(p -> p.name().equals("Zoe Quinn")));
    }

    private InventoryFiles at(String instant) {
        return new InventoryFiles(
                KdfPolicy.fastForTests(), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), "tester");
    }
}
