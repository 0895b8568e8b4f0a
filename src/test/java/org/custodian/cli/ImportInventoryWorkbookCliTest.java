package org.custodian.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The workbook round trip as a user makes it: {@code export inventory}, edit the cells (here with POI, as
 * Excel would save them), {@code import inventory} the workbook. The preview shows exactly the edits, --apply
 * writes them, and a workbook just exported reads back with nothing to change.
 */
class ImportInventoryWorkbookCliTest extends CliTestBase {
    private static final Path SAMPLE = Path.of("sample-data");

    private Path folder;

    {
        environment.put("CUSTODIAN_PASSPHRASE", "correct horse battery staple");
    }

    @Override
    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return super.run(args);
    }

    @BeforeEach
    void theSampleCompany() {
        folder = temp.resolve("hartwell");
        assertEquals(0, run("init", "-i", folder.toString(), "--name", "Hartwell Moor"));
        assertEquals(0, run("import", "inventory", SAMPLE.toString(), "-i", folder.toString(), "--apply"), out + "");
    }

    private Path export(String name) {
        Path file = temp.resolve(name);
        assertEquals(0, run("export", "inventory", "-i", folder.toString(), "--out", file.toString()), err + "");
        return file;
    }

    private String importing(Path workbook, String... more) {
        String[] args = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("import", "inventory", workbook.toString(), "-i", folder.toString()),
                        java.util.stream.Stream.of(more))
                .toArray(String[]::new);
        assertEquals(0, run(args), out + "\n" + err);
        return out.toString();
    }

    @Test
    void aWorkbookJustExportedReadsBackWithNothingToChange() {
        String preview = importing(export("inventory.xlsx"));
        assertTrue(preview.contains("sheet People: 0 to add, 0 to change, 15 unchanged, 0 not in the file"), preview);
        assertTrue(preview.contains("sheet Assets: 0 to add, 0 to change, 68 unchanged, 0 not in the file"), preview);
        assertTrue(preview.contains("sheet Custody: 0 to add, 0 to change, 154 unchanged, 0 not in the file"), preview);
        assertTrue(preview.contains("sheet Memberships: 0 to add, 0 to change, 21 unchanged"), preview);
        assertTrue(preview.contains("sheet Grants: 0 to add, 0 to change, 68 unchanged"), preview);
        assertTrue(preview.contains("sheet Rotations: 0 to add, 0 to change, 39 unchanged"), preview);
        assertTrue(preview.contains("Nothing to change"), preview);
    }

    @Test
    void thePreviewShowsExactlyTheEditsAndApplyWritesThem() throws IOException {
        Path workbook = export("edited.xlsx");
        try (Workbook book = Workbook.open(workbook)) {
            book.set("People", "Kevin Dale", "Job title", "Lead Technician");
            book.set("People", "Priya Nair", "User names", "Microsoft 365=priya.nair; Domain=pnair");
            book.append("People", "Zoe New", "Employee", null, "Apprentice", "Active");
            Row ended = book.row("Custody", "Office Wi-Fi key (HM-Office)", "Holder", "Tom Ashworth");
            book.set(ended, "Custody", "Until", LocalDate.of(2026, 11, 29));
            book.set(ended, "Custody", "How it ended", "Revoked");
            book.append(
                    "Custody",
                    "Office Wi-Fi key (HM-Office)",
                    "Zoe New",
                    "Person",
                    "Holds",
                    LocalDate.of(2026, 11, 28));
            book.set("Assets", "Guest Wi-Fi key (HM-Guest)", "Notes", "=HYPERLINK(\"http://example.com\",\"x\")");
            book.formula("Assets", "Office Wi-Fi key (HM-Office)", "Notes", "1+1");
        }

        String preview = importing(workbook);
        assertTrue(preview.contains("sheet People: 1 to add, 2 to change, 13 unchanged, 0 not in the file"), preview);
        assertTrue(preview.contains("  + Zoe New"), preview);
        assertTrue(
                preview.contains("  ~ Kevin Dale\n      job_title: \"Senior Technician\" → \"Lead Technician\""),
                preview);
        assertTrue(preview.contains("      user_names: \"Business Online=PNAIR02; Domain=pnair; "), preview);
        assertTrue(preview.contains("Voxline PBX=pnair\" → \"Domain=pnair; Microsoft 365=priya.nair\""), preview);
        assertTrue(preview.contains("sheet Custody: 1 to add, 1 to change, 153 unchanged"), preview);
        assertTrue(preview.contains("  + Zoe New HOLDS Office Wi-Fi key (HM-Office) from 2026-11-28"), preview);
        assertTrue(
                preview.contains("      until: \"\" → \"2026-11-29\"\n      end_reason: \"\" → \"REVOKED\""), preview);
        assertTrue(preview.contains("sheet Assets: 0 to add, 2 to change, 66 unchanged"), preview);
        assertTrue(preview.contains("notes: \"\" → \"=HYPERLINK(\"http://example.com\",\"x\")\""), preview);
        assertTrue(
                preview.contains("notes: \"Not rotated since March 2024. Neil Parrish handed it to visitors for"
                        + " years.\" → \"=1+1\""),
                "a formula is taken as its text: " + preview);
        assertTrue(preview.contains("sheet Grants: 0 to add, 0 to change, 68 unchanged"), preview);
        assertTrue(preview.contains("Nothing written yet"), preview);

        String applied = importing(workbook, "--apply");
        assertTrue(applied.contains("Written in one transaction."), applied);
        assertTrue(importing(workbook).contains("Nothing to change"), "applied exactly what was shown");
        assertEquals(0, run("check", "-i", folder.toString()), out + "\n" + err);

        try (Workbook again = Workbook.open(export("again.xlsx"))) {
            Cell notes = again.cell("Assets", "Office Wi-Fi key (HM-Office)", "Notes");
            assertEquals("=1+1", notes.getStringCellValue(), "stored as text, never evaluated");
            assertTrue(notes.getCellStyle().getQuotePrefixed(), "exported quote-prefixed");
            assertTrue(again.cell("Assets", "Guest Wi-Fi key (HM-Guest)", "Notes")
                    .getCellStyle()
                    .getQuotePrefixed());
        }
    }

    @Test
    void anUnknownHolderIsNamedBySheetRowAndColumnAndNothingIsWritten() throws IOException {
        Path workbook = export("typo.xlsx");
        int rowNumber;
        try (Workbook book = Workbook.open(workbook)) {
            Row row = book.row("Custody", "Domain Admin (HMENG\\Administrator)", "Holder", "Marco Rossi");
            book.set(row, "Custody", "Holder", "Marco Rosi");
            book.set("Assets", "Alarm master code", "Type", "Wi-Fi key");
            book.set("People", "Kevin Dale", "Job title", "Lead Technician");
            rowNumber = row.getRowNum() + 1;
        }
        assertEquals(
                ExitCode.ERROR, run("import", "inventory", workbook.toString(), "-i", folder.toString(), "--apply"));
        assertTrue(
                out.toString()
                        .contains("sheet Custody row " + rowNumber + ", column Holder: \"Marco Rosi\" is not a name in"
                                + " sheet People; did you mean \"Marco Rossi\"?"),
                out.toString());
        assertTrue(
                out.toString()
                        .contains("column Type: Wi-Fi key is not a subtype of Alarm code; use one of [Shared code,"
                                + " Personal code, Master code]"),
                out.toString());
        assertTrue(err.toString().contains("Nothing was written"), err.toString());
        assertFalse(out.toString().contains("Exception"), out.toString());
        try (Workbook after = Workbook.open(export("after.xlsx"))) {
            assertEquals(
                    "Senior Technician",
                    after.cell("People", "Kevin Dale", "Job title").getStringCellValue(),
                    "nothing was written, not even the rows without a problem");
        }
    }

    /** The exported workbook, opened with POI as a trusted test file, edited by sheet, row key and header. */
    private static final class Workbook implements AutoCloseable {
        private final Path file;
        private final XSSFWorkbook book;
        private final DataFormatter shown = new DataFormatter();

        private Workbook(Path file, XSSFWorkbook book) {
            this.file = file;
            this.book = book;
        }

        static Workbook open(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                return new Workbook(file, new XSSFWorkbook(in));
            }
        }

        int column(String sheet, String header) {
            for (Cell cell : book.getSheet(sheet).getRow(1)) {
                if (cell.getStringCellValue().equals(header)) {
                    return cell.getColumnIndex();
                }
            }
            throw new AssertionError("no column " + header + " in " + sheet);
        }

        /** The first row whose first cell is {@code key} (and, if given, whose {@code header} cell is {@code value}). */
        Row row(String sheet, String key, String header, String value) {
            Sheet s = book.getSheet(sheet);
            for (int r = 2; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                if (row != null
                        && key.equals(shown.formatCellValue(row.getCell(0)))
                        && (header == null
                                || value.equals(shown.formatCellValue(row.getCell(column(sheet, header)))))) {
                    return row;
                }
            }
            throw new AssertionError("no row " + key + " in " + sheet);
        }

        Cell cell(String sheet, String key, String header) {
            return row(sheet, key, null, null).getCell(column(sheet, header));
        }

        void set(String sheet, String key, String header, Object value) {
            set(row(sheet, key, null, null), sheet, header, value);
        }

        void set(Row row, String sheet, String header, Object value) {
            Cell cell = row.getCell(column(sheet, header), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
            if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(
                        book.getSheet(sheet).getRow(2).getCell(column(sheet, "From")) == null
                                ? cell.getCellStyle()
                                : book.getSheet(sheet)
                                        .getRow(2)
                                        .getCell(column(sheet, "From"))
                                        .getCellStyle());
            } else {
                cell.setCellValue((String) value);
            }
        }

        void formula(String sheet, String key, String header, String formula) {
            row(sheet, key, null, null)
                    .getCell(column(sheet, header), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                    .setCellFormula(formula);
        }

        /** A new row below the last, cells in column order; a date gets the sheet's date style. */
        void append(String sheet, Object... values) {
            Sheet s = book.getSheet(sheet);
            Row row = s.createRow(s.getLastRowNum() + 1);
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof LocalDate date) {
                    Cell cell = row.createCell(i);
                    cell.setCellValue(date);
                    cell.setCellStyle(s.getRow(2).getCell(i).getCellStyle());
                } else if (values[i] != null) {
                    row.createCell(i).setCellValue((String) values[i]);
                }
            }
        }

        @Override
        public void close() throws IOException {
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
            book.close();
        }
    }
}
