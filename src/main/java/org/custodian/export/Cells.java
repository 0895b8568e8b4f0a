package org.custodian.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.custodian.export.WorkbookStyles.Kind;
import org.custodian.model.Labelled;

/**
 * Writes one value as the cell type a reader expects: dates as real dates, numbers as numbers, enums
 * as their readable label, and text that a spreadsheet could take for a formula quote-prefixed.
 */
final class Cells {
    private static final int MAX_TEXT = 32_767;

    private Cells() {}

    /** Nothing is created for a missing value: blank cells cost memory on large exports and mean nothing. */
    static void write(Row row, int column, Object value, WorkbookStyles styles, boolean wrap) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.get(Kind.DATE));
        } else if (value instanceof Instant instant) {
            cell.setCellValue(instant.atOffset(ZoneOffset.UTC).toLocalDate());
            cell.setCellStyle(styles.get(Kind.DATE));
        } else if (value instanceof Integer || value instanceof Long) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(styles.get(Kind.INTEGER));
        } else if (value instanceof BigDecimal || value instanceof Double) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(styles.get(Kind.DECIMAL));
        } else if (value instanceof Boolean yes) {
            text(cell, yes ? "Yes" : "No", styles, wrap);
        } else if (value instanceof Labelled labelled) {
            text(cell, labelled.label(), styles, wrap);
        } else {
            text(cell, value.toString(), styles, wrap);
        }
    }

    static void text(Cell cell, String text, WorkbookStyles styles, boolean wrap) {
        String fitted = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text;
        cell.setCellValue(fitted);
        boolean dangerous = looksLikeFormula(fitted);
        Kind kind =
                wrap ? (dangerous ? Kind.WRAPPED_QUOTED : Kind.WRAPPED) : (dangerous ? Kind.TEXT_QUOTED : Kind.TEXT);
        cell.setCellStyle(styles.get(kind));
    }

    /** The OWASP CSV-injection set: what Excel, LibreOffice or a later CSV save could run as a formula. */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r'
                || first == '\0';
    }
}
