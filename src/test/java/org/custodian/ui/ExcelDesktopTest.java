package org.custodian.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipFile;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodian.export.SignOffLayout;
import org.custodian.model.DepartureMode;
import org.custodian.model.DepartureType;
import org.custodian.service.InventoryFiles;
import org.custodian.storage.KdfPolicy;
import org.custodian.ui.departures.ChecklistModel.TaskRow;
import org.custodian.ui.shell.MainWindow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Excel out and back in through the real scene: the departure sign-off round trip and the Reports screen. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class ExcelDesktopTest {
    @TempDir
    Path temp;

    RecordingFilePicker picker;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        picker = new RecordingFilePicker(temp.resolve("out"));
        InventoryFiles files = new InventoryFiles(KdfPolicy.fastForTests(), DesktopTest.CLOCK, "tester");
        new MainWindow(stage, files, TaskRunner.synchronous(), temp, MainWindow.DEFAULT_IDLE_LIMIT, picker).show();
    }

    @Test
    void theDeparturePlanIsExportedSignedOffInExcelAndImportedBack(FxRobot robot) throws Exception {
        DesktopTest.openDemo(robot);
        DesktopTest.openPerson(robot, "Kevin Dale");
        robot.clickOn("#start-departure");
        ComboBox<DepartureMode> mode = robot.lookup("#departure-mode").query();
        ComboBox<DepartureType> type = robot.lookup("#departure-type").query();
        robot.interact(() -> {
            mode.setValue(DepartureMode.HOSTILE);
            type.setValue(DepartureType.CONTRACT_END);
        });
        robot.clickOn("#departure-preview");
        robot.clickOn("#departure-save");

        robot.clickOn("#export-departure");
        assertEquals(1, picker.asked.size());
        assertTrue(picker.asked.get(0).startsWith("departure-Kevin-Dale-"), picker.asked.get(0));
        Path exported = picker.folder.resolve(picker.asked.get(0));
        assertTrue(Files.size(exported) > 0);
        try (ZipFile zip = new ZipFile(exported.toFile())) {
            assertNotNull(zip.getEntry("xl/workbook.xml"), "an .xlsx is a zip with a workbook part");
        }
        assertTrue(DesktopTest.text(robot, "#departure-export-message").startsWith("Saved"));
        robot.clickOn("#departure-export-open-file");
        robot.clickOn("#departure-export-show-folder");
        assertEquals(java.util.List.of(exported), picker.opened);
        assertEquals(java.util.List.of(exported), picker.shownInFolder);

        Path signed = picker.folder.resolve("signed.xlsx");
        String taskId;
        try (XSSFWorkbook workbook = (XSSFWorkbook) WorkbookFactory.create(Files.newInputStream(exported))) {
            taskId = signFirstTask(workbook.getSheet("Plan"), LocalDate.of(2026, 11, 26));
            try (OutputStream out = Files.newOutputStream(signed)) {
                workbook.write(out);
            }
        }
        picker.toOpen = signed;
        robot.clickOn("#import-signoff");
        ListView<String> changes = robot.lookup("#signoff-changes").queryListView();
        assertEquals(1, changes.getItems().size(), changes.getItems().toString());
        assertTrue(
                changes.getItems().get(0).contains("→ Done"), changes.getItems().get(0));
        assertEquals("Open", statusOf(robot, taskId), "nothing is applied before Apply");
        robot.clickOn("#signoff-apply");
        assertEquals("Done", statusOf(robot, taskId));
        assertTrue(DesktopTest.text(robot, "#signoff-message").startsWith("Recorded 1 change"));

        picker.toOpen = picker.folder.resolve("missing.xlsx");
        robot.clickOn("#import-signoff");
        assertFalse(DesktopTest.text(robot, "#signoff-message").isBlank(), "a failure reads plainly");
        assertTrue(robot.lookup("#signoff-apply")
                .tryQuery()
                .map(n -> !n.isVisible() || n.isDisabled())
                .orElse(true));
    }

    @Test
    void theReportsScreenSavesTheHygieneWorkbookAndCtrlESavesItAgain(FxRobot robot) throws Exception {
        DesktopTest.openDemo(robot);
        robot.clickOn("#nav-reports");
        robot.clickOn("#save-hygiene");
        assertEquals(1, picker.asked.size());
        Path hygiene = picker.folder.resolve(picker.asked.get(0));
        assertTrue(picker.asked.get(0).startsWith("hygiene-2026-11-27"), picker.asked.get(0));
        try (ZipFile zip = new ZipFile(hygiene.toFile())) {
            assertNotNull(zip.getEntry("xl/workbook.xml"));
        }
        assertTrue(DesktopTest.text(robot, "#report-export-message").startsWith("Saved the hygiene report"));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        assertEquals(2, picker.asked.size(), "Ctrl+E saves the last report again");

        ComboBox<String> person = robot.lookup("#report-person").query();
        robot.interact(() -> person.setValue("Kevin Dale"));
        robot.clickOn("#save-person-exposure");
        assertTrue(Files.exists(picker.folder.resolve(picker.asked.get(2))), picker.asked.get(2));
    }

    private static String statusOf(FxRobot robot, String taskId) {
        TreeTableView<TaskRow> tasks = robot.lookup("#departure-tasks").query();
        for (TreeItem<TaskRow> phase : tasks.getRoot().getChildren()) {
            for (TreeItem<TaskRow> item : phase.getChildren()) {
                if (item.getValue().task() != null
                        && item.getValue().task().id().toString().equals(taskId)) {
                    return item.getValue().status();
                }
            }
        }
        throw new AssertionError("task " + taskId + " not in the checklist");
    }

    /** Marks the first task row of the sheet Done, by and on the given day; returns its task id. */
    private static String signFirstTask(XSSFSheet sheet, LocalDate on) {
        int idColumn = column(sheet, SignOffLayout.TASK_ID);
        for (Row row : sheet) {
            if (row.getRowNum() <= SignOffLayout.HEADER_ROW) {
                continue;
            }
            Cell id = row.getCell(idColumn);
            if (id != null
                    && id.getCellType() == CellType.STRING
                    && !id.getStringCellValue().isBlank()) {
                row.createCell(column(sheet, SignOffLayout.STATUS)).setCellValue("Done");
                row.createCell(column(sheet, SignOffLayout.DONE_BY)).setCellValue("David Moor");
                Cell date = row.createCell(column(sheet, SignOffLayout.DONE_ON));
                date.setCellValue(on);
                var style = sheet.getWorkbook().createCellStyle();
                style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("d mmm yyyy"));
                date.setCellStyle(style);
                return id.getStringCellValue();
            }
        }
        throw new AssertionError("no task rows on " + sheet.getSheetName());
    }

    private static int column(XSSFSheet sheet, String header) {
        for (Cell cell : sheet.getRow(SignOffLayout.HEADER_ROW)) {
            if (cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }
}
