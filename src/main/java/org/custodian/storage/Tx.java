package org.custodian.storage;

import java.util.List;
import java.util.function.Function;
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

    /** As {@link #audit} with CREATE for each of {@code created}, in order, written in batches. */
    <T> void auditCreated(String entityType, List<T> created, Function<T, Object> id) {
        if (trail == null) {
            throw new IllegalStateException("A read transaction cannot change the inventory");
        }
        trail.appendCreated(entityType, created, r -> String.valueOf(id.apply(r)), String::valueOf);
    }
}
