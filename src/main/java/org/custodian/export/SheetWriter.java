package org.custodian.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.custodian.export.WorkbookStyles.Kind;

/**
 * A titled table sheet the way every report lays it out: title row, header row frozen and repeated on
 * each printed page, auto-filter, fixed column widths (measuring 100,000 rows would be slow), wrapped
 * long text, landscape fit-to-width printing and the audit anchor in the footer.
 */
public final class SheetWriter {
    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 1;

    private final WorkbookStyles styles;
    private final Sheet sheet;
    private final List<Column> columns;
    private int next = HEADER_ROW + 1;

    private SheetWriter(WorkbookStyles styles, Sheet sheet, List<Column> columns) {
        this.styles = styles;
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
    }

    public static SheetWriter table(
            WorkbookStyles styles, ReportContext context, String sheetName, String title, List<Column> columns) {
        Sheet sheet = styles.workbook().createSheet(SheetNames.safe(sheetName));
        SheetWriter writer = new SheetWriter(styles, sheet, columns);
        Row titleRow = sheet.createRow(TITLE_ROW);
        titleRow.setHeightInPoints(22);
        Cells.text(titleRow.createCell(0), title, styles, false);
        titleRow.getCell(0).setCellStyle(styles.get(Kind.TITLE));
        Row header = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(styles.get(Kind.HEADER));
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
        }
        PageLayout.apply(sheet, context, true);
        return writer;
    }

    /** Values in column order; see {@link Cells#write} for how each type is shown. */
    public Row row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length && i < columns.size(); i++) {
            Cells.write(row, i, values[i], styles, columns.get(i).wrap());
        }
        return row;
    }

    public Sheet sheet() {
        return sheet;
    }

    public int firstDataRow() {
        return HEADER_ROW + 1;
    }

    /** The last row written, or the header row if none was. */
    public int lastRow() {
        return next - 1;
    }

    public void hideColumn(int column) {
        sheet.setColumnHidden(column, true);
    }

    /** Freezes the header, filters the table and repeats the header row on printed pages. */
    public Sheet finish() {
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, lastRow()), 0, columns.size() - 1));
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        return sheet;
    }

    /** Print and view settings shared by table and summary sheets. */
    static final class PageLayout {
        private PageLayout() {}

        static void apply(Sheet sheet, ReportContext context, boolean gridlines) {
            sheet.setDisplayGridlines(gridlines);
            sheet.setPrintGridlines(false);
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            sheet.getFooter().setLeft(context.inventoryName() + " · generated " + context.generatedOn());
            sheet.getFooter().setCenter("Page &P of &N");
            sheet.getFooter().setRight(context.anchor());
        }
    }
}
