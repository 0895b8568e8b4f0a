package org.custodian.importer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet's XML row by row (SAX), so memory stays flat however long the sheet is. Only the
 * cells the consumer asks for are kept; formulas are skipped and their saved results read as values.
 * Every row counts against a budget shared by all sheets of the workbook.
 */
final class SheetCells extends DefaultHandler {
    /** Receives each row (zero-based index) with the wanted cells by zero-based column. */
    interface Rows {
        boolean wants(int row, int column);

        void row(int row, Map<Integer, CellValue> cells);
    }

    /** Thrown out of the parse when the row budget runs out; SAX passes a SAXException through unchanged. */
    static final class TooManyRows extends SAXException {
        private static final long serialVersionUID = 1L;

        TooManyRows() {
            super("row limit");
        }
    }

    /** Rows left to read in the whole workbook. */
    static final class Budget {
        private int left;

        Budget(int rows) {
            left = rows;
        }

        void take() throws TooManyRows {
            if (--left < 0) {
                throw new TooManyRows();
            }
        }
    }

    private final Rows rows;
    private final Budget budget;
    private final List<String> sharedStrings;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder formulaText = new StringBuilder();
    private Map<Integer, CellValue> cells;
    private int row = -1;
    private int column = -1;
    private String type;
    private int style;
    private boolean formula;
    private boolean collecting;
    private boolean inFormula;
    private boolean inInline;
    private boolean inPhonetic;
    private boolean hasValue;
    /** A cell with both a value and inline text (POI writes that when it edits an inline cell): the value wins. */
    private boolean sawValue;

    SheetCells(Rows rows, Budget budget, List<String> sharedStrings) {
        this.rows = rows;
        this.budget = budget;
        this.sharedStrings = sharedStrings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "row" -> {
                budget.take();
                row = reference(attributes.getValue("r"), row + 1, true);
                column = -1;
                cells = new TreeMap<>();
            }
            case "c" -> {
                column = reference(attributes.getValue("r"), column + 1, false);
                type = attributes.getValue("t");
                style = number(attributes.getValue("s"));
                formula = false;
                hasValue = sawValue = false;
                text.setLength(0);
                formulaText.setLength(0);
            }
            case "f" -> formula = inFormula = true;
            case "v" -> {
                text.setLength(0);
                collecting = hasValue = sawValue = true;
            }
            case "is" -> inInline = hasValue = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> collecting = inInline && !inPhonetic && !sawValue;
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> collecting = false;
            case "f" -> inFormula = false;
            case "is" -> inInline = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                if (cells != null && rows.wants(row, column)) {
                    cells.put(column, value());
                }
            }
            case "row" -> {
                if (cells != null) {
                    rows.row(row, cells);
                }
                cells = null;
            }
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            // One character past Excel's limit is enough to tell the reader the cell is too long.
            text.append(ch, start, Math.max(0, Math.min(length, WorkbookLimits.MAX_CELL_CHARS + 1 - text.length())));
        } else if (inFormula) {
            formulaText.append(
                    ch, start, Math.max(0, Math.min(length, WorkbookLimits.MAX_CELL_CHARS + 1 - formulaText.length())));
        }
    }

    private CellValue value() {
        CellValue value = storedValue();
        return formula ? value.withFormula(formulaText.toString()) : value;
    }

    private CellValue storedValue() {
        String raw = text.toString();
        if (type == null || type.equals("n")) {
            return new CellValue(CellValue.Kind.NUMBER, raw.isEmpty() ? null : raw, style, formula && !hasValue);
        }
        return switch (type) {
            case "s" -> sharedString(raw);
            case "inlineStr", "str" ->
                new CellValue(CellValue.Kind.TEXT, SharedStrings.decode(raw), style, formula && !hasValue);
            case "b" -> new CellValue(CellValue.Kind.BOOLEAN, raw, style, false);
            case "d" -> new CellValue(CellValue.Kind.ISO_DATE, raw, style, false);
            default -> new CellValue(CellValue.Kind.ERROR, raw, style, false);
        };
    }

    private CellValue sharedString(String index) {
        int at = number(index.strip());
        boolean known = at >= 0 && at < sharedStrings.size() && !index.isBlank();
        return new CellValue(
                known ? CellValue.Kind.TEXT : CellValue.Kind.ERROR, known ? sharedStrings.get(at) : null, style, false);
    }

    /** Zero-based row or column of an A1 reference, or {@code next} when it is missing or malformed. */
    private static int reference(String ref, int next, boolean rowNumber) {
        if (ref == null) {
            return next;
        }
        int letters = 0;
        while (letters < ref.length() && isAsciiLetter(ref.charAt(letters))) {
            letters++;
        }
        if (rowNumber) {
            int number = number(ref.substring(letters));
            return number > 0 ? number - 1 : next;
        }
        if (letters == 0 || letters > 3) {
            return next;
        }
        int index = 0;
        for (int i = 0; i < letters; i++) {
            index = index * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return index - 1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static int number(String digits) {
        if (digits == null || digits.isEmpty() || digits.length() > 9) {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(digits);
    }
}
