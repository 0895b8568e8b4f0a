package org.custodian.service;

import static org.junit.jupiter.api.Assertions.*;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodian.export.SignOffLayout;
import org.custodian.model.*;
import org.custodian.model.PlanAction;
import org.custodian.model.PlanSection;
import org.custodian.storage.KdfPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The departure workbook goes out, comes back signed off, and is recorded: all of it or none of it. */
class SignOffServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path temp;

    private final InventoryFiles files = new InventoryFiles(KdfPolicy.fastForTests(), CLOCK, "tester");
    private Path exported;

    @BeforeEach
    void setUp() {
        exported = temp.resolve("kevin.xlsx");
    }

    @Test
    void aSignedOffWorkbookIsPreviewedThenRecordedByTaskIdNotRowPosition() throws Exception {
        try (Inventory demo = files.createDemo(temp.resolve("demo"))) {
            Departure departure = kevinLeaves(demo);
            demo.reports().departure(departure.id(), exported);
            List<DepartureTask> tasks = demo.departures().tasks(departure.id());
            DepartureTask rotate = tasks.stream()
                    .filter(t -> t.action() == PlanAction.ROTATE_SECRET)
                    .findFirst()
                    .orElseThrow();
            DepartureTask notify = tasks.stream()
                    .filter(t -> t.section() == PlanSection.NOTIFY)
                    .findFirst()
                    .orElseThrow();
            Path signed = temp.resolve("signed.xlsx");
            try (XSSFWorkbook workbook = open(exported)) {
                XSSFSheet plan = workbook.getSheet("Plan");
                assertStatusDropDown(plan);
                Cell due = plan.getRow(SignOffLayout.HEADER_ROW + 1).getCell(column(plan, "Due"));
                assertTrue(DateUtil.isCellDateFormatted(due));
                assertTrue(plan.isColumnHidden(column(plan, SignOffLayout.TASK_ID)));
                plan.shiftRows(SignOffLayout.HEADER_ROW + 1, plan.getLastRowNum(), 3);
                fill(plan, rotate.id(), "Done", "Marco Rossi", TODAY.minusDays(1), "Changed in the vault");
                fill(workbook.getSheet("Notify"), notify.id(), "Not needed", null, null, "He was told in person");
                save(workbook, signed);
            }
            SignOffPreview preview = demo.signOff().preview(signed, departure.id());
            assertTrue(preview.canApply(), preview.problems().toString());
            assertEquals(2, preview.changes().size());
            assertEquals(
                    TaskStatus.OPEN,
                    demo.departures().tasks(departure.id()).stream()
                            .filter(t -> t.id().equals(rotate.id()))
                            .findFirst()
                            .orElseThrow()
                            .status(),
                    "a preview changes nothing");

            demo.signOff().apply(signed, null);
            DepartureTask done = find(demo, departure, rotate.id());
            assertEquals(TaskStatus.DONE, done.status());
            assertEquals("Marco Rossi", done.doneBy());
            assertEquals(TODAY.minusDays(1), done.doneOn());
            assertEquals("Changed in the vault", done.evidence());
            assertEquals(
                    TaskStatus.NOT_NEEDED, find(demo, departure, notify.id()).status());
            assertTrue(
                    demo.assets().rotations().stream()
                            .anyMatch(r -> r.asset().equals(rotate.asset()) && r.on().equals(TODAY.minusDays(1))),
                    "a rotation done ends what he still knows");
            assertTrue(
                    demo.signOff().preview(signed, null).changes().isEmpty(), "importing twice changes nothing more");
        }
    }

    @Test
    void oneBadRowMeansNothingIsApplied() throws Exception {
        try (Inventory demo = files.createDemo(temp.resolve("demo"))) {
            Departure departure = kevinLeaves(demo);
            demo.reports().departure(departure.id(), exported);
            List<DepartureTask> tasks = demo.departures().tasks(departure.id()).stream()
                    .filter(t -> t.section() == PlanSection.ACCESS)
                    .toList();
            Path signed = temp.resolve("signed.xlsx");
            try (XSSFWorkbook workbook = open(exported)) {
                XSSFSheet plan = workbook.getSheet("Plan");
                fill(plan, tasks.get(0).id(), "Done", "Marco", TODAY, "ok");
                fill(plan, tasks.get(1).id(), "Done", "Marco", null, "forgot the date");
                save(workbook, signed);
            }
            SignOffPreview preview = demo.signOff().preview(signed, null);
            assertFalse(preview.canApply());
            assertTrue(
                    preview.problems().get(0).message().contains("Done on"),
                    preview.problems().toString());
            ValidationException refused =
                    assertThrows(ValidationException.class, () -> demo.signOff().apply(signed, null));
            assertTrue(refused.getMessage().contains("row"));
            assertTrue(
                    demo.departures().tasks(departure.id()).stream().allMatch(t -> t.status() == TaskStatus.OPEN),
                    "the good row was not applied either");
        }
    }

    @Test
    void aWorkbookForAnotherDepartureOrInventoryIsRefused() throws Exception {
        try (Inventory demo = files.createDemo(temp.resolve("demo"))) {
            Departure kevin = kevinLeaves(demo);
            Person neil = demo.people().people().stream()
                    .filter(p -> p.status() == PersonStatus.DEPARTED)
                    .findFirst()
                    .orElseThrow();
            Departure other = demo.departures()
                    .startDeparture(
                            neil.id(), DepartureType.RESIGNATION, DepartureMode.FRIENDLY, neil.departedOn(), null);
            demo.reports().departure(kevin.id(), exported);
            ValidationException wrongDeparture =
                    assertThrows(ValidationException.class, () -> demo.signOff().preview(exported, other.id()));
            assertTrue(wrongDeparture.getMessage().contains("another departure"));
        }
        try (Inventory second = files.createDemo(temp.resolve("second"))) {
            ValidationException wrongInventory = assertThrows(
                    ValidationException.class, () -> second.signOff().apply(exported, null));
            assertTrue(wrongInventory.getMessage().contains("another inventory"), wrongInventory.getMessage());
        }
    }

    @Test
    void aWhatIfPlanExportsWithoutIdsAndCannotBeImported() throws Exception {
        try (Inventory demo = files.createDemo(temp.resolve("demo"))) {
            Person kevin = demo.people().personNamed("Kevin Dale");
            var plan = demo.departures()
                    .whatIf(kevin.id(), DepartureType.CONTRACT_END, DepartureMode.HOSTILE, kevin.lastDay());
            demo.reports().whatIfDeparture(plan, exported);
            try (XSSFWorkbook workbook = open(exported)) {
                XSSFSheet sheet = workbook.getSheet("Plan");
                assertNull(sheet.getRow(SignOffLayout.HEADER_ROW + 1).getCell(column(sheet, SignOffLayout.TASK_ID)));
            }
            ValidationException refused =
                    assertThrows(ValidationException.class, () -> demo.signOff().preview(exported, null));
            assertTrue(refused.getMessage().contains("what-if"));
            Path notAWorkbook = Files.writeString(temp.resolve("fake.xlsx"), "hello");
            assertThrows(ValidationException.class, () -> demo.signOff().preview(notAWorkbook, null));
        }
    }

    private static Departure kevinLeaves(Inventory demo) {
        Person kevin = demo.people().personNamed("Kevin Dale");
        return demo.departures()
                .startDeparture(kevin.id(), DepartureType.CONTRACT_END, DepartureMode.HOSTILE, kevin.lastDay(), null);
    }

    private static DepartureTask find(Inventory demo, Departure departure, TaskId id) {
        return demo.departures().tasks(departure.id()).stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static void assertStatusDropDown(XSSFSheet plan) {
        List<? extends DataValidation> validations = plan.getDataValidations();
        assertEquals(1, validations.size());
        assertArrayEquals(
                new String[] {"Open", "Done", "Not needed"},
                validations.get(0).getValidationConstraint().getExplicitListValues());
        assertEquals(
                column(plan, SignOffLayout.STATUS),
                validations.get(0).getRegions().getCellRangeAddress(0).getFirstColumn());
    }

    private static void fill(XSSFSheet sheet, TaskId task, String status, String by, LocalDate on, String evidence) {
        int idColumn = column(sheet, SignOffLayout.TASK_ID);
        for (Row row : sheet) {
            Cell id = row.getCell(idColumn);
            if (id != null
                    && id.getCellType() == CellType.STRING
                    && id.getStringCellValue().equals(task.toString())) {
                row.createCell(column(sheet, SignOffLayout.STATUS)).setCellValue(status);
                if (by != null) {
                    row.createCell(column(sheet, SignOffLayout.DONE_BY)).setCellValue(by);
                }
                if (on != null) {
                    Cell date = row.createCell(column(sheet, SignOffLayout.DONE_ON));
                    date.setCellValue(on);
                    var style = sheet.getWorkbook().createCellStyle();
                    style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("d mmm yyyy"));
                    date.setCellStyle(style);
                }
                row.createCell(column(sheet, SignOffLayout.EVIDENCE)).setCellValue(evidence);
                return;
            }
        }
        fail("task " + task + " not on sheet " + sheet.getSheetName());
    }

    private static int column(XSSFSheet sheet, String header) {
        for (Cell cell : sheet.getRow(SignOffLayout.HEADER_ROW)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        return (XSSFWorkbook) WorkbookFactory.create(Files.newInputStream(file));
    }

    private static void save(XSSFWorkbook workbook, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}
