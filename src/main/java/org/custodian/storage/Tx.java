package org.custodian.storage;

import org.jooq.DSLContext;

/**
 * One open transaction, handed from the service to repositories. Opaque outside storage: services
 * pass it on and never see SQL.
 */
public final class Tx {
    private final DSLContext dsl;
    private final AuditTrail trail;

    Tx(DSLContext dsl, AuditTrail trail) {
        this.dsl = dsl;
        this.trail = trail;
    }

    DSLContext dsl() {
        return dsl;
    }

    /** Every change goes through here, in the same transaction as the change itself. */
    void audit(String action, String entityType, Object entityId, Object before, Object after) {
        if (trail == null) {
            throw new IllegalStateException("A read transaction cannot change the inventory");
        }
        trail.append(
                action,
                entityType,
                String.valueOf(entityId),
                before == null ? null : before.toString(),
                after == null ? null : after.toString());
    }
}
