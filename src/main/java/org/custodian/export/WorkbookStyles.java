package org.custodian.export;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The handful of cell styles every report uses, made once per workbook: Excel caps a workbook at
 * 64,000 styles, so a style per cell would break large exports.
 */
public final class WorkbookStyles {
    /** What a cell shows; the quote-prefixed twins keep text like "=cmd" from ever becoming a formula. */
    enum Kind {
        TITLE,
        SUBTITLE,
        HEADER,
        TEXT,
        WRAPPED,
        TEXT_QUOTED,
        WRAPPED_QUOTED,
        DATE,
        INTEGER,
        DECIMAL,
        ALERT,
        HEADING
    }

    private final Workbook workbook;
    private final Map<Kind, CellStyle> styles = new EnumMap<>(Kind.class);

    public WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
        short integerFormat = workbook.createDataFormat().getFormat("#,##0");
        short decimalFormat = workbook.createDataFormat().getFormat("#,##0.00");
        styles.put(Kind.TITLE, withFont(top(), 14, true, IndexedColors.BLACK));
        styles.put(Kind.SUBTITLE, withFont(top(), 10, false, IndexedColors.GREY_50_PERCENT));
        styles.put(Kind.HEADING, withFont(top(), 11, true, IndexedColors.BLACK));
        CellStyle header = withFont(top(), 10, true, IndexedColors.WHITE);
        header.setFillForegroundColor(IndexedColors.GREY_80_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setBorderBottom(BorderStyle.THIN);
        styles.put(Kind.HEADER, header);
        styles.put(Kind.TEXT, top());
        CellStyle wrapped = top();
        wrapped.setWrapText(true);
        styles.put(Kind.WRAPPED, wrapped);
        CellStyle quoted = top();
        quoted.setQuotePrefixed(true);
        styles.put(Kind.TEXT_QUOTED, quoted);
        CellStyle wrappedQuoted = top();
        wrappedQuoted.setWrapText(true);
        wrappedQuoted.setQuotePrefixed(true);
        styles.put(Kind.WRAPPED_QUOTED, wrappedQuoted);
        CellStyle date = top();
        date.setDataFormat(dateFormat);
        styles.put(Kind.DATE, date);
        CellStyle integer = top();
        integer.setDataFormat(integerFormat);
        styles.put(Kind.INTEGER, integer);
        CellStyle decimal = top();
        decimal.setDataFormat(decimalFormat);
        styles.put(Kind.DECIMAL, decimal);
        CellStyle alert = withFont(top(), 10, true, IndexedColors.DARK_RED);
        alert.setDataFormat(integerFormat);
        styles.put(Kind.ALERT, alert);
    }

    public Workbook workbook() {
        return workbook;
    }

    CellStyle get(Kind kind) {
        return styles.get(kind);
    }

    private CellStyle top() {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private CellStyle withFont(CellStyle style, int points, boolean bold, IndexedColors colour) {
        Font font = workbook.createFont();
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setColor(colour.getIndex());
        style.setFont(font);
        return style;
    }
}
