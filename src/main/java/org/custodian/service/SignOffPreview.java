package org.custodian.service;

import java.time.LocalDate;
import java.util.List;
import org.custodian.model.Departure;
import org.custodian.model.TaskId;
import org.custodian.model.TaskStatus;
import org.custodian.model.Violation;

/**
 * What importing a signed-off workbook would change, shown before anything is applied. {@code kept} lists
 * rows left alone on purpose (e.g. the sheet says Open but the task is already done); {@code problems}
 * block the import as a whole.
 */
public record SignOffPreview(
        Departure departure, String leaverName, List<Change> changes, List<String> kept, List<Violation> problems) {
    public SignOffPreview {
        changes = List.copyOf(changes);
        kept = List.copyOf(kept);
        problems = List.copyOf(problems);
    }

    public boolean canApply() {
        return problems.isEmpty();
    }

    /** One task whose status or sign-off details the import would change. */
    public record Change(
            TaskId task,
            int position,
            String title,
            TaskStatus from,
            TaskStatus to,
            String doneBy,
            LocalDate doneOn,
            String evidence) {
        public String describe() {
            String what = "Task " + position + " \"" + title + "\": " + from.label() + " → " + to.label();
            if (to == TaskStatus.DONE) {
                what += " on " + doneOn + (doneBy == null ? "" : " by " + doneBy);
            }
            return evidence == null ? what : what + " (" + evidence + ")";
        }
    }
}
