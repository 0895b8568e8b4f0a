package org.custodian.importer;

import static org.junit.jupiter.api.Assertions.*;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodian.export.SignOffLayout;
import org.custodian.model.TaskStatus;
import org.custodian.model.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or broken returned workbooks: refused with a message, never evaluated. */
class SignOffWorkbookReaderTest {
    @TempDir
    Path temp;

    private final UUID inventory = UUID.randomUUID();
    private final UUID departure = UUID.randomUUID();
    private final UUID task = UUID.randomUUID();

    @Test
    void aFormulaIsNeverEvaluated() throws Exception {
        Path file = workbook(row -> row.createCell(1).setCellFormula("IF(1=1,\"Done\",\"Open\")"));
        SignOffSheet sheet = SignOffWorkbookReader.read(file);
        assertNotEquals(TaskStatus.DONE, sheet.rows().get(0).status(), "a formula without a cached value is not run");
        assertFalse(sheet.problems().isEmpty());
    }

    @Test
    void columnsAreFoundByHeaderAndTextDatesAreRead() throws Exception {
        Path file = workbook(row -> {
            row.createCell(1).setCellValue("done");
            row.createCell(2).setCellValue("Marco");
            row.createCell(3).setCellValue("2026-11-20");
            row.createCell(4).setCellValue("=not a formula");
        });
        SignOffRow row = SignOffWorkbookReader.read(file).rows().get(0);
        assertEquals(TaskStatus.DONE, row.status());
        assertEquals("2026-11-20", row.doneOn().toString());
        assertEquals("=not a formula", row.evidence());
    }

    @Test
    void oversizedAndForeignFilesAreRefusedWithAMessage() throws Exception {
        Path big = temp.resolve("big.xlsx");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(new byte[(int) SignOffWorkbookReader.MAX_BYTES + 1]);
        }
        assertTrue(assertThrows(ValidationException.class, () -> SignOffWorkbookReader.read(big))
                .getMessage()
                .contains("20 MB"));
        Path text = Files.writeString(temp.resolve("notes.xlsx"), "just text");
        assertTrue(assertThrows(ValidationException.class, () -> SignOffWorkbookReader.read(text))
                .getMessage()
                .contains("not an Excel workbook"));
        Path plain = temp.resolve("plain.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(plain)) {
            workbook.createSheet("Plan");
            workbook.write(out);
        }
        assertTrue(assertThrows(ValidationException.class, () -> SignOffWorkbookReader.read(plain))
                .getMessage()
                .contains("not a departure sign-off workbook"));
    }

    @Test
    void escapeAndBellCharactersAreDroppedOnTheWayIn() throws Exception {
        Path file = workbook(row -> {
            row.createCell(1).setCellValue("Done");
            // Excel writes characters XML cannot hold as _xHHHH_; POI writes the same when given the text.
            row.createCell(2).setCellValue("Marco_x001B_]0;owned_x0007_\tRossi");
            row.createCell(3).setCellValue("2026-11-20");
            row.createCell(4).setCellValue("Changed_x001B_[31m in the vault_x0007_\u202Eexe.txt\nsecond line");
        });
        SignOffRow row = SignOffWorkbookReader.read(file).rows().get(0);
        assertEquals("Marco]0;owned Rossi", row.doneBy());
        assertEquals("Changed[31m in the vaultexe.txt\nsecond line", row.evidence());
    }

    @Test
    void textLongerThanItsColumnIsAProblemNamingRowAndColumn() throws Exception {
        Path tooLong = workbook(row -> {
            row.createCell(1).setCellValue("Done");
            row.createCell(2).setCellValue("M".repeat(201));
            row.createCell(3).setCellValue("2026-11-20");
            row.createCell(4).setCellValue("e".repeat(4001));
        });
        SignOffSheet sheet = SignOffWorkbookReader.read(tooLong);
        assertEquals(2, sheet.problems().size(), sheet.problems().toString());
        assertTrue(
                sheet.problems().get(0).message().startsWith("sheet \"Plan\", row 3, column \"Done by\": at most 200"),
                sheet.problems().get(0).message());
        assertTrue(
                sheet.problems()
                        .get(1)
                        .message()
                        .contains("row 3, column \"Evidence\": at most 4,000 characters fit; this one has 4,001."),
                sheet.problems().get(1).message());
        Path notNeeded = workbook(row -> {
            row.createCell(1).setCellValue("Not needed");
            row.createCell(4).setCellValue("e".repeat(2001));
        });
        assertTrue(SignOffWorkbookReader.read(notNeeded)
                .problems()
                .get(0)
                .message()
                .contains("at most 2,000"));
        Path justFits = workbook(row -> {
            row.createCell(1).setCellValue("Done");
            row.createCell(2).setCellValue("M".repeat(200));
            row.createCell(3).setCellValue("2026-11-20");
            row.createCell(4).setCellValue("e".repeat(4000));
        });
        assertTrue(SignOffWorkbookReader.read(justFits).problems().isEmpty());
    }

    @Test
    void datesOutsideNineteenNinetyToTwentyTwoHundredAreProblemsNotEighteenNinetyNine() throws Exception {
        for (Object date : new Object[] {1E+300, -5.0, 1.0, "2999-01-01", "1989-12-31"}) {
            Path file = workbook(row -> {
                row.createCell(1).setCellValue("Done");
                if (date instanceof Double number) {
                    row.createCell(3).setCellValue(number);
                } else {
                    row.createCell(3).setCellValue((String) date);
                }
            });
            SignOffSheet sheet = SignOffWorkbookReader.read(file);
            assertNull(sheet.rows().get(0).doneOn(), String.valueOf(date));
            assertEquals(1, sheet.problems().size(), date + ": " + sheet.problems());
            assertTrue(
                    sheet.problems()
                            .get(0)
                            .message()
                            .startsWith("sheet \"Plan\", row 3, column \"Done on\": "
                                    + "the date is not between 1990 and 2200"),
                    sheet.problems().get(0).message());
        }
        Path serial = workbook(row -> row.createCell(3).setCellValue(46346.0));
        assertEquals(
                "2026-11-20",
                SignOffWorkbookReader.read(serial).rows().get(0).doneOn().toString());
    }

    @Test
    void aDateTypedIntoEvidenceReadsAsThatDate() throws Exception {
        Path file = workbook(row -> {
            Cell evidence = row.createCell(4);
            evidence.setCellValue(java.time.LocalDate.of(2026, 11, 20));
            var style = row.getSheet().getWorkbook().createCellStyle();
            style.setDataFormat(row.getSheet().getWorkbook().createDataFormat().getFormat("d mmm yyyy"));
            evidence.setCellStyle(style);
            row.createCell(2).setCellValue(42);
        });
        SignOffRow row = SignOffWorkbookReader.read(file).rows().get(0);
        assertEquals("2026-11-20", row.evidence());
        assertEquals("42", row.doneBy());
    }

    private Path workbook(java.util.function.Consumer<Row> fill) throws Exception {
        Path file = temp.resolve("signed.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet plan = workbook.createSheet("Plan");
            plan.createRow(0).createCell(0).setCellValue("Plan");
            Row header = plan.createRow(SignOffLayout.HEADER_ROW);
            String[] names = {
                SignOffLayout.TASK_ID,
                SignOffLayout.STATUS,
                SignOffLayout.DONE_BY,
                SignOffLayout.DONE_ON,
                SignOffLayout.EVIDENCE
            };
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = plan.createRow(SignOffLayout.HEADER_ROW + 1);
            row.createCell(0).setCellValue(task.toString());
            fill.accept(row);
            Sheet about = workbook.createSheet(SignOffLayout.ABOUT_SHEET);
            String[][] pairs = {
                {SignOffLayout.KEY_FORMAT, SignOffLayout.FORMAT},
                {SignOffLayout.KEY_INVENTORY, inventory.toString()},
                {SignOffLayout.KEY_DEPARTURE, departure.toString()}
            };
            for (int i = 0; i < pairs.length; i++) {
                Row r = about.createRow(i);
                r.createCell(0).setCellValue(pairs[i][0]);
                r.createCell(1).setCellValue(pairs[i][1]);
            }
            workbook.write(out);
        }
        return file;
    }
}
