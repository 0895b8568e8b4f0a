package org.custodian.export;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A native bar chart (XDDF) over a small table already on the sheet, so it stays editable in Excel and
 * LibreOffice. The values are handed in as well as referenced: a streamed sheet cannot be read back.
 */
final class BarChart {
    private BarChart() {}

    /** Labels in {@code labelColumn}, values in {@code valueColumn}, rows {@code firstRow..lastRow}. */
    static void draw(
            Sheet sheet,
            String title,
            int firstRow,
            String[] labels,
            Double[] values,
            int labelColumn,
            int valueColumn,
            int anchorColumn,
            int anchorRow) {
        if (labels.length == 0) {
            return;
        }
        int lastRow = firstRow + labels.length - 1;
        XSSFSheet drawn = sheet instanceof SXSSFSheet streamed
                ? streamed.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName())
                : (XSSFSheet) sheet;
        XSSFDrawing drawing = drawn.createDrawingPatriarch();
        XSSFClientAnchor anchor =
                drawing.createAnchor(0, 0, 0, 0, anchorColumn, anchorRow, anchorColumn + 6, anchorRow + 16);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        XDDFDataSource<String> categoryData =
                XDDFDataSourcesFactory.fromArray(labels, reference(sheet, firstRow, lastRow, labelColumn));
        XDDFNumericalDataSource<Double> counts =
                XDDFDataSourcesFactory.fromArray(values, reference(sheet, firstRow, lastRow, valueColumn));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, valueAxis);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        data.addSeries(categoryData, counts).setTitle("Assets", null);
        chart.plot(data);
    }

    private static String reference(Sheet sheet, int firstRow, int lastRow, int column) {
        return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheet.getSheetName(), true);
    }
}
