package org.custodian.storage;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodian.model.AssetId;
import org.custodian.model.PersonId;

/**
 * "What can this person reach now?" answered by the database alone with WITH RECURSIVE: nested
 * groups, conferring custody roles and grant chains, all active on the day. The in-memory analysis
 * is measured against this (same answer, and how much faster). H2 does not drop rows it found in
 * earlier rounds of a recursion, so a cycle would recurse forever: each round is made DISTINCT and
 * the number of grant hops is bounded (a bound of at least the longest shortest path gives the full answer).
 */
public final class RecursiveReachQuery {
    private static final String SQL = """
            WITH RECURSIVE member_of(group_id, hops) AS (
                SELECT DISTINCT m.group_id, 0 FROM membership m
                 WHERE m.member_person_id = ? AND m.from_date <= ? AND (m.until_date IS NULL OR m.until_date > ?)
                UNION ALL
                SELECT DISTINCT m.group_id, g.hops + 1 FROM membership m JOIN member_of g ON m.member_group_id = g.group_id
                 WHERE g.hops < ? AND m.from_date <= ? AND (m.until_date IS NULL OR m.until_date > ?)
            ),
            reach(asset_id, hops) AS (
                SELECT DISTINCT c.asset_id, 0 FROM custody c
                 WHERE (c.holder_person_id = ? OR c.holder_group_id IN (SELECT group_id FROM member_of))
                   AND c.role IN ('HOLDS', 'BACKUP', 'MFA_DEVICE', 'RECOVERY_CONTACT')
                   AND c.from_date <= ? AND (c.until_date IS NULL OR c.until_date > ?)
                UNION ALL
                SELECT DISTINCT g.to_asset_id, r.hops + 1 FROM asset_grant g JOIN reach r ON g.from_asset_id = r.asset_id
                 WHERE r.hops < ? AND g.from_date <= ? AND (g.until_date IS NULL OR g.until_date > ?)
            )
            SELECT DISTINCT asset_id FROM reach
            """;

    /** Every asset reachable within {@code maxHops} grant hops (and group nesting levels). */
    public List<AssetId> reachableNow(Tx tx, PersonId person, LocalDate day, int maxHops, int timeoutSeconds) {
        UUID id = person.value();
        return tx.dsl()
                .resultQuery(SQL, id, day, day, maxHops, day, day, id, day, day, maxHops, day, day)
                .queryTimeout(timeoutSeconds)
                .fetch()
                .map(r -> new AssetId(r.get(0, UUID.class)));
    }
}
