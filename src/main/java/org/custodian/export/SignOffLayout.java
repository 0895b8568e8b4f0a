package org.custodian.export;

import java.util.List;
import org.custodian.model.TaskStatus;

/**
 * The parts of the departure workbook that come back in a sign-off import. The importer finds columns
 * by these header names, never by position, so a manager may reorder or add columns.
 */
public final class SignOffLayout {
    public static final String ABOUT_SHEET = "About";
    public static final String FORMAT = "custodian-departure-signoff-1";
    public static final String KEY_FORMAT = "Format";
    public static final String KEY_INVENTORY = "Inventory id";
    public static final String KEY_DEPARTURE = "Departure id";

    public static final String TASK_ID = "Task id";
    public static final String STATUS = "Status";
    public static final String DONE_BY = "Done by";
    public static final String DONE_ON = "Done on";
    public static final String EVIDENCE = "Evidence";
    /** The header row of every task sheet, zero-based: a title row sits above it. */
    public static final int HEADER_ROW = SheetWriter.HEADER_ROW;

    /** Sheets holding tasks, in workbook order; ACCESS work is the main plan sheet. */
    public static final List<String> TASK_SHEETS =
            List.of("Plan", "Hand over", "Review what they set up", "Notify", "Follow-ups");

    private SignOffLayout() {}

    /** The words in the drop-down, in {@link TaskStatus} order. */
    public static List<String> statusWords() {
        return List.of(TaskStatus.values()).stream().map(TaskStatus::label).toList();
    }
}
