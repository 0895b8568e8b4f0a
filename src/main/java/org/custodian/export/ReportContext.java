package org.custodian.export;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What every workbook says about where it came from: the inventory, the day it was made, and the audit
 * anchor (sequence and chain head) so a printed report can be matched to the exact state it shows.
 */
public record ReportContext(
        UUID inventoryId, String inventoryName, LocalDate generatedOn, long auditSequence, String auditHead) {
    public ReportContext {
        Objects.requireNonNull(inventoryId, "inventoryId");
        Objects.requireNonNull(inventoryName, "inventoryName");
        Objects.requireNonNull(generatedOn, "generatedOn");
        auditHead = auditHead == null ? "" : auditHead;
    }

    /** Short enough for a page footer, long enough to tell two states apart. */
    public String anchor() {
        String head = auditHead.length() > 16 ? auditHead.substring(0, 16) : auditHead;
        return "Audit #" + auditSequence + " · " + head;
    }
}
