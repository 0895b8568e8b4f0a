package org.custodian.importer;

import static org.junit.jupiter.api.Assertions.*;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
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
    @TempDir Path temp;
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
        assertTrue(assertThrows(ValidationException.class, () -> SignOffWorkbookReader.read(big)).getMessage()
                .contains("20 MB"));
        Path text = Files.writeString(temp.resolve("notes.xlsx"), "just text");
        assertTrue(assertThrows(ValidationException.class, () -> SignOffWorkbookReader.read(text)).getMessage()
                .contains("not an Excel workbook"));
        Path plain = temp.resolve("plain.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            workbook.createSheet("Plan");
            workbook.write(out);
        }
        assertTrue(assertThrows(ValidationException.class, () -> SignOffWorkbookReader.read(plain)).getMessage()
                .contains("not a departure sign-off workbook"));
    }

    private Path workbook(java.util.function.Consumer<Row> fill) throws Exception {
        Path file = temp.resolve("signed.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet plan = workbook.createSheet("Plan");
            plan.createRow(0).createCell(0).setCellValue("Plan");
            Row header = plan.createRow(SignOffLayout.HEADER_ROW);
            String[] names = {SignOffLayout.TASK_ID, SignOffLayout.STATUS, SignOffLayout.DONE_BY, SignOffLayout.DONE_ON,
                SignOffLayout.EVIDENCE};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = plan.createRow(SignOffLayout.HEADER_ROW + 1);
            row.createCell(0).setCellValue(task.toString());
            fill.accept(row);
            Sheet about = workbook.createSheet(SignOffLayout.ABOUT_SHEET);
            String[][] pairs = {{SignOffLayout.KEY_FORMAT, SignOffLayout.FORMAT},
                {SignOffLayout.KEY_INVENTORY, inventory.toString()}, {SignOffLayout.KEY_DEPARTURE, departure.toString()}};
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
