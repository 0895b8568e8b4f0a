package org.custodian.importer;

/**
 * One cell as stored in the sheet, never evaluated: a formula counts by the result Excel saved with it,
 * and one saved without a result is marked so the reader can say so instead of guessing.
 */
record CellValue(Kind kind, String text, int style, boolean formulaWithoutResult) {
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
