package org.custodian.export;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading a written report back with POI, the way Excel would see it. */
final class WorkbookAssertions {
    private WorkbookAssertions() {}

    static XSSFWorkbook open(Path file) throws Exception {
        return (XSSFWorkbook) WorkbookFactory.create(file.toFile(), null, true);
    }

    static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    static List<String> header(Sheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(SheetWriter.HEADER_ROW).forEach(c -> names.add(c.getStringCellValue()));
        return names;
    }

    /** Title row, frozen header, auto-filter over the table, landscape fit-to-width, header repeated in print. */
    static void assertTableSheet(XSSFSheet sheet) {
        assertEquals(CellType.STRING, sheet.getRow(0).getCell(0).getCellType(), sheet.getSheetName() + " has a title");
        assertNotNull(sheet.getPaneInformation(), sheet.getSheetName() + " is frozen");
        assertEquals(SheetWriter.HEADER_ROW + 1, sheet.getPaneInformation().getHorizontalSplitPosition());
        assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), sheet.getSheetName() + " has an auto-filter");
        assertTrue(sheet.getPrintSetup().getLandscape());
        assertEquals(1, sheet.getPrintSetup().getFitWidth());
        assertNotNull(sheet.getRepeatingRows());
        assertTrue(sheet.getFooter().getRight().startsWith("Audit #"));
    }

    static int column(Sheet sheet, String header) {
        int index = header(sheet).indexOf(header);
        assertTrue(index >= 0, "no column " + header + " in " + sheet.getSheetName());
        return index;
    }

    /** The first data cell in a column that is filled, for type checks. */
    static Cell firstFilled(Sheet sheet, String header) {
        int column = column(sheet, header);
        for (Row row : sheet) {
            if (row.getRowNum() > SheetWriter.HEADER_ROW && row.getCell(column) != null) {
                return row.getCell(column);
            }
        }
        fail("no filled cell under " + header + " in " + sheet.getSheetName());
        return null;
    }

    static void assertDate(Cell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType());
        assertTrue(DateUtil.isCellDateFormatted(cell), "a real date cell, not text");
    }
}
