package org.custodian.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellReference;
import org.custodian.model.Violation;

/**
 * One sheet of an inventory workbook as it streams in: finds the header row (row 2 as exported, or wherever
 * the user moved it in the first rows), checks its columns against the export's, and hands every non-blank
 * row on as a {@link TableRow} with the CSV set's column names. Formulas are never evaluated: a formula cell
 * is taken as its text ("=A1+1"), which no date, number or name column accepts and any text column keeps.
 */
final class InventorySheet implements SheetCells.Rows {
    private static final int HEADER_SEARCH_ROWS = 10;
    /** The widest sheet has 26 columns; cells far to the right of the header are not read. */
    private static final int MAX_COLUMNS = 100;

    private final InventorySheets.Layout layout;
    private final CellText text;
    private final List<Violation> problems;
    private final Consumer<TableRow> each;
    private final TableRow.Place place;
    private Map<Integer, String> headerAt;
    private boolean unusable;

    InventorySheet(InventorySheets.Layout layout, CellText text, List<Violation> problems, Consumer<TableRow> each) {
        this.layout = layout;
        this.text = text;
        this.problems = problems;
        this.each = each;
        List<String> columns = new ArrayList<>(layout.headers().values());
        if (layout.principal() != null) {
            columns.add(layout.principal().personColumn());
            columns.add(layout.principal().groupColumn());
        }
        this.place = new TableRow.Place(where(layout), columns, layout::headerOf, true, problems);
    }

    static String where(InventorySheets.Layout layout) {
        return "sheet " + layout.sheet();
    }

    @Override
    public boolean wants(int row, int column) {
        return column < MAX_COLUMNS && (headerAt == null || headerAt.containsKey(column));
    }

    @Override
    public void row(int row, Map<Integer, CellValue> cells) {
        if (unusable) {
            return;
        }
        if (headerAt == null) {
            findHeader(row, cells);
        } else {
            dataRow(row, cells);
        }
    }

    /** Called after the sheet was read: a sheet that never showed its header is reported once. */
    void finish() {
        if (headerAt == null && !unusable) {
            noHeader();
        }
    }

    private void findHeader(int row, Map<Integer, CellValue> cells) {
        if (row >= HEADER_SEARCH_ROWS) {
            unusable = true;
            noHeader();
            return;
        }
        boolean isHeader =
                cells.values().stream().anyMatch(cell -> layout.firstHeader().equalsIgnoreCase(text.text(cell)));
        if (isHeader) {
            header(row, cells);
        }
    }

    private void noHeader() {
        problems.add(new Violation(
                layout.sheet(),
                where(layout) + ": no header row (the row with \"" + layout.firstHeader()
                        + "\" and the other column names) in its first " + HEADER_SEARCH_ROWS
                        + " rows. Export the inventory again and edit that copy."));
    }

    private void header(int row, Map<Integer, CellValue> cells) {
        Map<String, String> known = new HashMap<>();
        layout.headers().keySet().forEach(h -> known.put(h.toLowerCase(Locale.ROOT), h));
        headerAt = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Map.Entry<Integer, CellValue> cell : cells.entrySet()) {
            String value = text.text(cell.getValue());
            if (value == null) {
                continue;
            }
            String header = known.get(value.toLowerCase(Locale.ROOT));
            String at = where(layout) + " row " + (row + 1) + ", column " + letter(cell.getKey());
            if (header == null) {
                problems.add(new Violation(
                        layout.sheet(),
                        at + " (\"" + value + "\"): not a column of the inventory workbook. Remove the column, or"
                                + " move what it holds into a Notes column."));
            } else if (seen.putIfAbsent(header, cell.getKey()) != null) {
                problems.add(new Violation(
                        layout.sheet(),
                        at + ": \"" + header + "\" is already column " + letter(seen.get(header)) + "."));
            } else {
                headerAt.put(cell.getKey(), header);
            }
        }
        for (String header : layout.headers().keySet()) {
            if (!seen.containsKey(header)) {
                unusable = true;
                problems.add(new Violation(
                        layout.sheet(),
                        where(layout) + " has no column \"" + header + "\" in its header row (row " + (row + 1)
                                + "). Put it back as exported, even if it stays empty."));
            }
        }
    }

    private void dataRow(int row, Map<Integer, CellValue> cells) {
        Map<String, String> values = new HashMap<>();
        List<String> formulaCopies = new ArrayList<>();
        for (Map.Entry<Integer, String> column : headerAt.entrySet()) {
            CellValue cell = cells.get(column.getKey());
            String value = cellText(cell);
            if (cell != null && cell.formula() != null && cell.formula().isBlank()) {
                formulaCopies.add(column.getValue());
            }
            values.put(column.getValue(), value);
        }
        if (values.values().stream().allMatch(v -> v == null || v.isBlank()) && formulaCopies.isEmpty()) {
            return; // a blank row: Excel and LibreOffice leave them where rows were deleted or formatted
        }
        Map<String, String> columns = new HashMap<>();
        layout.headers().forEach((header, column) -> {
            if (!column.equals(InventorySheets.DERIVED)) {
                columns.put(column, values.get(header));
            }
        });
        TableRow tableRow = new TableRow(place, row + 1L, columns::get, 0);
        formulaCopies.forEach(header -> tableRow.problem(
                header, "holds a copy of a formula; Custodian never evaluates formulas. Type the value itself."));
        if (layout.principal() != null) {
            principal(tableRow, values, columns);
        }
        each.accept(tableRow);
    }

    /** The formula's own text for a formula cell (never its result), else what the cell shows. */
    private String cellText(CellValue cell) {
        if (cell != null && cell.formula() != null) {
            return cell.formula().isBlank() ? null : CellText.clean("=" + cell.formula());
        }
        return text.text(cell);
    }

    /** "Holder" and "Holder is" fill holder_person or holder_group; a blank "Holder is" means a person. */
    private void principal(TableRow row, Map<String, String> values, Map<String, String> columns) {
        InventorySheets.Principal principal = layout.principal();
        String name = values.get(principal.nameHeader());
        String kind = values.get(principal.kindHeader());
        if (kind == null || kind.equalsIgnoreCase("Person")) {
            columns.put(principal.personColumn(), name);
        } else if (kind.equalsIgnoreCase("Group")) {
            columns.put(principal.groupColumn(), name);
        } else {
            row.problem(principal.kindHeader(), "\"" + kind + "\" must be Person or Group");
        }
    }

    private static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }
}
