package org.custodian.importer;

/**
 * One cell as stored in the sheet, never evaluated: a formula counts by the result Excel saved with it,
 * and one saved without a result is marked so the reader can say so instead of guessing. {@code formula}
 * is the formula's own text (without "="), empty for a copy of a shared formula, null for a plain value.
 */
record CellValue(Kind kind, String text, int style, boolean formulaWithoutResult, String formula) {
    CellValue(Kind kind, String text, int style, boolean formulaWithoutResult) {
        this(kind, text, style, formulaWithoutResult, null);
    }

    CellValue withFormula(String formulaText) {
        return new CellValue(kind, text, style, formulaWithoutResult, formulaText);
    }

    enum Kind {
        TEXT,
        NUMBER,
        BOOLEAN,
        ERROR,
        ISO_DATE
    }

    boolean isBlank() {
        return text == null || text.isBlank();
    }
}
