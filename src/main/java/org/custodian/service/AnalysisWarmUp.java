package org.custodian.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.custodian.analysis.Hygiene;
import org.custodian.analysis.Reachability;
import org.custodian.importer.CsvSource;
import org.custodian.importer.InventoryContent;
import org.custodian.importer.InventoryCsv;
import org.custodian.model.InventoryInfo;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.Person;
import org.slf4j.LoggerFactory;

/**
 * After the storage warm-up, while the passphrase is still being typed: the dashboard's first use of
 * the analysis (hygiene, and one person's reach) on the demo company shipped in the jar, so the first
 * dashboard after the KDF finds those classes loaded and their hot paths compiled. Profiled, that
 * first use was about 0.3 s of a cold unlock. Only the jar's own sample data is touched, never an
 * inventory; a failure only costs the head start.
 */
final class AnalysisWarmUp {
    private AnalysisWarmUp() {}

    /** True when the analysis ran; false only if the warm-up broke, which costs only the head start. */
    static boolean run(LocalDate today) {
        try {
            InventoryContent demo = InventoryCsv.read(CsvSource.classpath("sample-data"), today);
            InventorySnapshot snapshot = new InventorySnapshot(
                    new InventoryInfo(new UUID(0, 0), demo.inventoryName(), Instant.EPOCH),
                    demo.organisations(),
                    demo.people(),
                    demo.groups(),
                    demo.memberships(),
                    demo.assets(),
                    demo.custody(),
                    demo.grants(),
                    demo.rotations());
            Hygiene.of(snapshot, today).all();
            Reachability reach = Reachability.of(snapshot, today);
            for (Person person : snapshot.people()) {
                reach.exposureOf(person.id());
            }
            return true;
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(AnalysisWarmUp.class)
                    .debug("Warm-up skipped: {}", e.getClass().getSimpleName());
            return false;
        }
    }
}
