package org.custodian.importer;

import java.util.List;

/**
 * A user's own spreadsheet as text: the header row and the rows under it, each numbered as the spreadsheet
 * program shows it (the header is row 1 when it is the first line). Blank rows are left out.
 */
public record Table(String fileName, List<String> header, List<Row> rows) {
    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One row's cells by column position; a short row simply has fewer cells. */
    public record Row(long number, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : null;
        }
    }
}
