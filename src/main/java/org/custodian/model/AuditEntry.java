package org.custodian.model;

import java.time.Instant;

/** One change to the inventory, chained to the one before by {@code hash}. */
public record AuditEntry(
        long seq,
        Instant at,
        String actor,
        String action,
        String entityType,
        String entityId,
        String before,
        String after,
        String hash) {}
