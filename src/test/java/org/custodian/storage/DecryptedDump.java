package org.custodian.storage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Collectors;
import org.jooq.Record;

/**
 * Everything an inventory holds, decrypted: H2's {@code SCRIPT} of every table (the audit trail included),
 * for tests that must show a value never reached the inventory at all, not only that the file is encrypted.
 */
public final class DecryptedDump {
    private DecryptedDump() {}

    public static String of(Path folder, String passphrase) {
        try (Database db = Database.open(
                folder, passphrase.toCharArray(), KdfPolicy.fastForTests(), "tester", Clock.systemUTC())) {
            return db.read(tx -> tx.dsl().fetch("SCRIPT").stream()
                    .map(r -> String.valueOf(((Record) r).get(0)))
                    .collect(Collectors.joining("\n")));
        }
    }

    /** How many changes the inventory has recorded: an import that changes nothing adds none. */
    public static long auditRows(Path folder, String passphrase) {
        try (Database db = Database.open(
                folder, passphrase.toCharArray(), KdfPolicy.fastForTests(), "tester", Clock.systemUTC())) {
            return db.read(tx -> tx.dsl().fetchCount(org.custodian.storage.schema.Tables.AUDIT_ENTRY));
        }
    }
}
