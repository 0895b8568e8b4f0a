package org.custodian.importer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.poi.ss.usermodel.DateUtil;
import org.custodian.model.ControlCharacters;

/**
 * Turns stored cell values into the text and dates the sign-off needs, as Excel shows them and without
 * evaluating anything. Control characters are dropped here, on the way in, so an escape sequence typed or
 * pasted into a returned workbook never reaches the inventory or a terminal.
 */
final class CellText {
    /** Dates a sign-off can plausibly carry; outside this a number is a typo or a hostile value. */
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private final CellFormats formats;
    private final boolean from1904;
    private final double firstSerial;
    private final double lastSerial;

    CellText(CellFormats formats, boolean from1904) {
        this.formats = formats;
        this.from1904 = from1904;
        this.firstSerial = DateUtil.getExcelDate(EARLIEST, from1904);
        this.lastSerial = DateUtil.getExcelDate(LATEST, from1904);
    }

    /** What the cell shows, trimmed, without control characters; null when blank or an error. */
    String text(CellValue cell) {
        if (cell == null || cell.text() == null) {
            return null;
        }
        return switch (cell.kind()) {
            case TEXT -> clean(cell.text());
            case NUMBER -> number(cell);
            case BOOLEAN -> "1".equals(cell.text().strip()) ? "true" : "false";
            case ISO_DATE -> clean(cell.text().length() > 10 ? cell.text().substring(0, 10) : cell.text());
            case ERROR -> null;
        };
    }

    private String number(CellValue cell) {
        Double value = parse(cell.text());
        if (value == null) {
            return clean(cell.text());
        }
        if (formats.isDate(cell.style()) && inRange(value)) {
            return DateUtil.getLocalDateTime(value, from1904).toLocalDate().toString();
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf(value.longValue())
                : String.valueOf(value);
    }

    /** The date in a cell, or a {@link DateProblem} saying why there is none that can be used. */
    LocalDate date(CellValue cell) throws DateProblem {
        if (cell == null || cell.text() == null) {
            return null;
        }
        if (cell.kind() == CellValue.Kind.NUMBER) {
            Double serial = parse(cell.text());
            if (serial == null) {
                throw new DateProblem(false);
            }
            if (!inRange(serial)) {
                throw new DateProblem(true);
            }
            return DateUtil.getLocalDateTime(serial, from1904).toLocalDate();
        }
        if (cell.kind() == CellValue.Kind.BOOLEAN || cell.kind() == CellValue.Kind.ERROR) {
            throw new DateProblem(false);
        }
        String text = text(cell);
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new DateProblem(false);
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new DateProblem(true);
        }
        return date;
    }

    private boolean inRange(double serial) {
        return serial >= firstSerial && serial < lastSerial + 1;
    }

    private static Double parse(String number) {
        try {
            double value = Double.parseDouble(number.strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String clean(String text) {
        String stripped = text == null ? null : ControlCharacters.strip(text).strip();
        return stripped == null || stripped.isEmpty() ? null : stripped;
    }

    /** A cell meant as a date that is not one ({@code outOfRange} false) or is implausibly early or late. */
    static final class DateProblem extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean outOfRange;

        DateProblem(boolean outOfRange) {
            super(null, null, false, false);
            this.outOfRange = outOfRange;
        }

        boolean outOfRange() {
            return outOfRange;
        }
    }
}
