package org.custodian.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.custodian.analysis.synthetic.SyntheticInventory;
import org.custodian.importer.InventoryContent;
import org.custodian.model.AssetId;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.PersonId;
import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import org.custodian.service.ReachQuery;
import org.custodian.storage.KdfPolicy;

/**
 * What the desktop screens load, on the 10k-asset synthetic inventory: each call runs off the FX
 * thread, and the tables are virtualised, so these times are what a user waits for after a click.
 * Run: ./mvnw -q test-compile exec:java -Dexec.mainClass=org.custodian.bench.DesktopDataBenchmark
 */
public final class DesktopDataBenchmark {
    private DesktopDataBenchmark() {}

    public static void main(String[] args) throws Exception {
        InventorySnapshot s = SyntheticInventory.generate(10_000, 2026);
        Path folder = Files.createTempDirectory("custodian-ui-bench").resolve("inventory");
        Clock clock =
                Clock.fixed(SyntheticInventory.REFERENCE_DAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        InventoryFiles files = new InventoryFiles(KdfPolicy.fastForTests(), clock, "bench");
        files.createFrom(
                        folder,
                        "bench passphrase".toCharArray(),
                        new InventoryContent(
                                "Synthetic 10k",
                                s.organisations(),
                                s.people(),
                                s.groups(),
                                s.memberships(),
                                s.assets(),
                                s.custody(),
                                s.grants(),
                                s.rotations()))
                .close();
        try (Inventory inventory = files.open(folder, "bench passphrase".toCharArray())) {
            PersonId person = s.people().get(s.people().size() / 2).id();
            AssetId asset = s.assets().get(s.assets().size() / 2).id();
            for (int round = 0; round < 2; round++) {
                System.out.println(round == 0 ? "first (cold) round:" : "second (warm) round:");
                time(
                        "People table (people + reach counts)",
                        () -> inventory.people().people().size()
                                + inventory.exposure().reachCounts().size());
                time("Assets table", () -> inventory.assets().assets().size());
                ReachQuery today = ReachQuery.today();
                time(
                        "Person detail: Could touch",
                        () -> inventory
                                .exposure()
                                .exposureOf(person, today)
                                .reaches()
                                .size());
                time(
                        "Asset detail: Who can touch",
                        () -> inventory
                                .exposure()
                                .whoCanTouch(asset, today)
                                .reaches()
                                .size());
                time("Dashboard: hygiene", () -> inventory.exposure().hygiene().size());
            }
        }
    }

    private static void time(String what, Supplier<Integer> work) {
        long start = System.nanoTime();
        int rows = work.get();
        System.out.printf("  %-40s %,7d ms  (%,d rows)%n", what, (System.nanoTime() - start) / 1_000_000, rows);
    }
}
