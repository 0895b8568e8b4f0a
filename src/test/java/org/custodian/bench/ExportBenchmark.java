package org.custodian.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Workbook;
import org.custodian.analysis.Exposure;
import org.custodian.analysis.ExposureLevel;
import org.custodian.analysis.Reachability;
import org.custodian.analysis.synthetic.SyntheticInventory;
import org.custodian.export.InventoryIndex;
import org.custodian.export.InventoryWorkbook;
import org.custodian.export.PersonExposureWorkbook;
import org.custodian.export.ReportContext;
import org.custodian.export.WorkbookFile;
import org.custodian.model.InventorySnapshot;

/**
 * How long the Excel exports take and how much heap they need, on the 100,000-asset synthetic inventory:
 * the full inventory workbook and a 10,000-row person-exposure workbook (build + save, in-memory XSSF).
 * Run: ./mvnw -q test-compile exec:java -Dexec.mainClass=org.custodian.bench.ExportBenchmark
 * (exec:java runs in Maven's JVM: set MAVEN_OPTS=-Xmx1g to hold it to the 1 GB bar).
 */
public final class ExportBenchmark {
    private ExportBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path temp = Files.createTempDirectory("custodian-export-bench");
        System.out.printf("Max heap: %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        long start = System.nanoTime();
        InventorySnapshot snapshot = SyntheticInventory.generate(100_000, 42);
        System.out.printf(
                "Synthetic inventory: %d assets, %d people, %d custody, %d grants, %d memberships (%d ms)%n",
                snapshot.assets().size(),
                snapshot.people().size(),
                snapshot.custody().size(),
                snapshot.grants().size(),
                snapshot.memberships().size(),
                millis(start));
        ReportContext context = new ReportContext(
                UUID.randomUUID(), "Synthetic", SyntheticInventory.REFERENCE_DAY, 1, "0123456789abcdef");
        InventoryIndex index = new InventoryIndex(snapshot);

        Reachability reachability = Reachability.of(snapshot, SyntheticInventory.REFERENCE_DAY);
        Exposure busiest = snapshot.people().stream()
                .limit(400)
                .map(p -> reachability.exposureOf(p.id(), ExposureLevel.STILL_KNOWS))
                .max(Comparator.comparingInt(e -> e.reaches().size()))
                .orElseThrow();
        List<org.custodian.analysis.Reach> rows =
                busiest.reaches().subList(0, Math.min(10_000, busiest.reaches().size()));
        Exposure tenThousand = new Exposure(busiest.person(), busiest.asOf(), rows);
        rows.forEach(org.custodian.analysis.Reach::sentence);
        for (String run : List.of("first run, cold JVM", "second run")) {
            measure(
                    "Person exposure workbook, " + rows.size() + " rows (" + run + ")",
                    temp.resolve("exposure.xlsx"),
                    () -> PersonExposureWorkbook.build(tenThousand, index, context));
        }
        measure(
                "Full inventory workbook, 100k assets",
                temp.resolve("inventory.xlsx"),
                () -> InventoryWorkbook.build(snapshot, index, context));
    }

    private static void measure(String what, Path file, Supplier<? extends Workbook> build) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        WorkbookFile.save(build.get(), file);
        long took = millis(start);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(
                "%s: %d ms, peak heap %d MB (%d MB before), file %d KB%n",
                what, took, peak >> 20, before >> 20, Files.size(file) >> 10);
        Files.delete(file);
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
