package org.custodian.importer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custodian.export.SignOffLayout;
import org.custodian.model.DepartureTask;
import org.custodian.model.TaskId;
import org.custodian.model.TaskStatus;
import org.custodian.model.Violation;

/**
 * One task sheet of a returned workbook, row by row as it streams in. Columns are found by header, rows
 * matched by task id, never by position. Every value is checked here against what the inventory can hold
 * (column sizes, plausible dates), so a preview that passes also applies.
 */
final class TaskSheet implements SheetCells.Rows {
    static final List<String> NEEDED = List.of(
            SignOffLayout.TASK_ID,
            SignOffLayout.STATUS,
            SignOffLayout.DONE_BY,
            SignOffLayout.DONE_ON,
            SignOffLayout.EVIDENCE);
    private final String name;
    private final CellText cells;
    private final List<SignOffRow> rows;
    private final Set<String> seen;
    private final List<Violation> problems;
    private final Map<String, Integer> columns = new HashMap<>();
    private boolean headerRead;

    TaskSheet(String name, CellText cells, List<SignOffRow> rows, Set<String> seen, List<Violation> problems) {
        this.name = name;
        this.cells = cells;
        this.rows = rows;
        this.seen = seen;
        this.problems = problems;
    }

    /** The first needed column the header row lacks, or null when all are there. */
    String missingColumn() {
        return NEEDED.stream().filter(c -> !columns.containsKey(c)).findFirst().orElse(null);
    }

    @Override
    public boolean wants(int row, int column) {
        return row == SignOffLayout.HEADER_ROW || row > SignOffLayout.HEADER_ROW && columns.containsValue(column);
    }

    @Override
    public void row(int row, Map<Integer, CellValue> values) {
        if (row == SignOffLayout.HEADER_ROW) {
            values.forEach((column, value) -> {
                String header = cells.text(value);
                if (header != null && NEEDED.contains(header)) {
                    columns.putIfAbsent(header, column);
                }
            });
            headerRead = true;
        } else if (row > SignOffLayout.HEADER_ROW && headerRead && missingColumn() == null) {
            task(row, values);
        }
    }

    private void task(int row, Map<Integer, CellValue> values) {
        String id = cells.text(cell(values, SignOffLayout.TASK_ID));
        if (id == null) {
            return;
        }
        String where = "sheet \"" + name + "\", row " + (row + 1);
        UUID taskId = parseUuid(id);
        if (taskId == null) {
            problems.add(new Violation("taskId", where + ": the task id was changed; undo that change."));
            return;
        }
        if (!seen.add(taskId.toString())) {
            problems.add(new Violation("taskId", where + ": the same task appears twice."));
            return;
        }
        TaskStatus status = status(read(values, SignOffLayout.STATUS, where), where);
        LocalDate doneOn = date(values, where);
        String doneBy = oneLine(read(values, SignOffLayout.DONE_BY, where));
        String evidence = read(values, SignOffLayout.EVIDENCE, where);
        fits(doneBy, DepartureTask.DONE_BY_LENGTH, SignOffLayout.DONE_BY, where, "");
        fits(evidence, DepartureTask.EVIDENCE_LENGTH, SignOffLayout.EVIDENCE, where, "");
        if (status == TaskStatus.NOT_NEEDED) {
            // The evidence of a task marked Not needed is also kept as its reason, a smaller column.
            fits(
                    evidence,
                    DepartureTask.STATUS_REASON_LENGTH,
                    SignOffLayout.EVIDENCE,
                    where,
                    " when the task is marked Not needed (it also becomes the reason)");
        }
        rows.add(new SignOffRow(new TaskId(taskId), where, status, doneBy, doneOn, evidence));
    }

    private CellValue cell(Map<Integer, CellValue> values, String header) {
        return values.get(columns.get(header));
    }

    /** The text of a column; a formula Excel saved without a result is reported rather than guessed at. */
    private String read(Map<Integer, CellValue> values, String header, String where) {
        CellValue value = cell(values, header);
        if (value != null && value.formulaWithoutResult()) {
            problems.add(new Violation(
                    field(header), at(where, header) + "is a formula without a saved result; type the value instead."));
            return null;
        }
        return cells.text(value);
    }

    private TaskStatus status(String word, String where) {
        if (word == null) {
            return TaskStatus.OPEN;
        }
        for (TaskStatus status : TaskStatus.values()) {
            if (status.label().equalsIgnoreCase(word) || status.name().equalsIgnoreCase(word)) {
                return status;
            }
        }
        String shown = word.length() > 40 ? word.substring(0, 40) + "..." : word;
        problems.add(new Violation("status", where + ": status \"" + shown + "\" is not Open, Done or Not needed."));
        return TaskStatus.OPEN;
    }

    private LocalDate date(Map<Integer, CellValue> values, String where) {
        CellValue value = cell(values, SignOffLayout.DONE_ON);
        if (value != null && value.formulaWithoutResult()) {
            read(values, SignOffLayout.DONE_ON, where);
            return null;
        }
        try {
            return cells.date(value);
        } catch (CellText.DateProblem e) {
            problems.add(new Violation(
                    "doneOn",
                    at(where, SignOffLayout.DONE_ON)
                            + (e.outOfRange()
                                    ? "the date is not between " + CellText.EARLIEST.getYear() + " and "
                                            + CellText.LATEST.getYear() + "; check it for a typo."
                                    : "this is not a date (use a date cell or yyyy-mm-dd).")));
            return null;
        }
    }

    private void fits(String text, int max, String header, String where, String when) {
        if (text != null && text.length() > max) {
            String length = text.length() > WorkbookLimits.MAX_CELL_CHARS
                    ? String.format(Locale.ROOT, "more than %,d", WorkbookLimits.MAX_CELL_CHARS)
                    : String.format(Locale.ROOT, "%,d", text.length());
            problems.add(new Violation(
                    field(header),
                    at(where, header)
                            + String.format(
                                    Locale.ROOT, "at most %,d characters fit%s; this one has %s.", max, when, length)));
        }
    }

    private static String at(String where, String header) {
        return where + ", column \"" + header + "\": ";
    }

    private static String field(String header) {
        return switch (header) {
            case SignOffLayout.STATUS -> "status";
            case SignOffLayout.DONE_BY -> "doneBy";
            case SignOffLayout.DONE_ON -> "doneOn";
            default -> "evidence";
        };
    }

    /** "Done by" is a name: line breaks and tabs pasted into it become single spaces. */
    private static String oneLine(String text) {
        return text == null ? null : text.replaceAll("\\s+", " ");
    }

    /**
     * Only the canonical 36-character form Custodian exports: checked before parsing so that a sheet of
     * a hundred thousand edited ids costs no hundred thousand exceptions.
     */
    static UUID parseUuid(String text) {
        String id = text == null ? "" : text.strip();
        if (id.length() != 36
                || id.charAt(8) != '-'
                || id.charAt(13) != '-'
                || id.charAt(18) != '-'
                || id.charAt(23) != '-') {
            return null;
        }
        try {
            return UUID.fromString(id.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
