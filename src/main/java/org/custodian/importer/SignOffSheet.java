package org.custodian.importer;

import java.util.List;
import java.util.UUID;
import org.custodian.model.DepartureId;
import org.custodian.model.Violation;

/**
 * A returned departure workbook, parsed but not yet checked against the inventory. {@code problems}
 * are rows that could not be read (a bad date, an unknown status); nothing is applied while any remain.
 */
public record SignOffSheet(UUID inventoryId, DepartureId departure, List<SignOffRow> rows, List<Violation> problems) {
    public SignOffSheet {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
