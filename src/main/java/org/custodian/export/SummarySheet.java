package org.custodian.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.custodian.export.WorkbookStyles.Kind;

/**
 * The first sheet of every report: a title, where it came from, then labelled figures and small tables,
 * without gridlines so it reads like a page rather than a grid.
 */
public final class SummarySheet {
    private final WorkbookStyles styles;
    private final Sheet sheet;
    private int next;

    private SummarySheet(WorkbookStyles styles, Sheet sheet) {
        this.styles = styles;
        this.sheet = sheet;
    }

    public static SummarySheet create(WorkbookStyles styles, ReportContext context, String sheetName, String title) {
        Sheet sheet = styles.workbook().createSheet(SheetNames.safe(sheetName));
        SheetWriter.PageLayout.apply(sheet, context, false);
        sheet.setColumnWidth(0, 34 * 256);
        for (int i = 1; i < 8; i++) {
            sheet.setColumnWidth(i, 16 * 256);
        }
        SummarySheet summary = new SummarySheet(styles, sheet);
        summary.styled(title, Kind.TITLE).setHeightInPoints(22);
        summary.styled(
                "Inventory: " + context.inventoryName() + " · generated " + context.generatedOn() + " · "
                        + context.anchor(),
                Kind.SUBTITLE);
        sheet.createFreezePane(0, 2);
        summary.next++;
        return summary;
    }

    public Sheet sheet() {
        return sheet;
    }

    public int nextRow() {
        return next;
    }

    public void heading(String text) {
        if (next > 3) {
            next++;
        }
        styled(text, Kind.HEADING);
    }

    public Row line(String text) {
        Row row = sheet.createRow(next++);
        Cells.write(row, 0, text, styles, false);
        return row;
    }

    /** A label with its figure or date beside it. */
    public Row pair(String label, Object value) {
        Row row = sheet.createRow(next++);
        Cells.write(row, 0, label, styles, false);
        Cells.write(row, 1, value, styles, false);
        return row;
    }

    /** A small table: the first row is its header. */
    public int tableHeader(String... headers) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < headers.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers[i]);
            cell.setCellStyle(styles.get(Kind.HEADER));
        }
        return row.getRowNum();
    }

    public Row tableRow(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Cells.write(row, i, values[i], styles, false);
        }
        return row;
    }

    /** Marks a figure that needs attention (overdue, unaccounted) in bold dark red. */
    public void alert(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell != null) {
            cell.setCellStyle(styles.get(Kind.ALERT));
        }
    }

    public void skip(int rows) {
        next += rows;
    }

    private Row styled(String text, Kind kind) {
        Row row = sheet.createRow(next++);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.get(kind));
        return row;
    }
}
