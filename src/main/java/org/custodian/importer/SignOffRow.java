package org.custodian.importer;

import java.time.LocalDate;
import org.custodian.model.TaskId;
import org.custodian.model.TaskStatus;

/** What a manager wrote against one task; {@code where} names the sheet and row for messages. */
public record SignOffRow(
        TaskId task, String where, TaskStatus status, String doneBy, LocalDate doneOn, String evidence) {}
