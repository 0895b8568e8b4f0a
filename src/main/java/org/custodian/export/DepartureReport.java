package org.custodian.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.custodian.model.DepartureId;
import org.custodian.model.DepartureMode;
import org.custodian.model.DepartureTask;
import org.custodian.model.DepartureType;

/**
 * A departure plan ready to write. {@code departure} is null for a what-if plan: its tasks have no
 * stored ids, so the workbook carries none and cannot be imported back.
 */
public record DepartureReport(
        DepartureId departure,
        String leaverName,
        DepartureType type,
        DepartureMode mode,
        LocalDate lastDay,
        List<DepartureTask> tasks) {
    public DepartureReport {
        Objects.requireNonNull(leaverName, "leaverName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(lastDay, "lastDay");
        tasks = List.copyOf(tasks);
    }

    public boolean saved() {
        return departure != null;
    }
}
