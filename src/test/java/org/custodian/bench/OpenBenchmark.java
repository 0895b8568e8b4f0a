package org.custodian.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import org.custodian.storage.KdfPolicy;

/**
 * How long opening an inventory takes with the production passphrase check, and without it.
 * Run: ./mvnw -q test-compile exec:java -Dexec.mainClass=org.custodian.bench.OpenBenchmark
 */
public final class OpenBenchmark {
    private static final int RUNS = 7;

    private OpenBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path temp = Files.createTempDirectory("custodian-bench");
        long start = System.nanoTime();
        var calibrated = KdfPolicy.production().calibrate();
        System.out.printf(
                "KDF calibration here: Argon2id m=%d KiB, t=%d, p=%d (took %d ms)%n",
                calibrated.memoryKiB(), calibrated.iterations(), calibrated.parallelism(), millis(start));

        InventoryFiles production = new InventoryFiles(KdfPolicy.production(), Clock.systemUTC(), "bench");
        InventoryFiles fast = new InventoryFiles(KdfPolicy.fastForTests(), Clock.systemUTC(), "bench");
        production.createDemo(temp.resolve("production")).close();
        fast.createDemo(temp.resolve("fast")).close();
        report(
                "open + verify + close, demo inventory, production KDF",
                () -> production.open(temp.resolve("production"), InventoryFiles.DEMO_PASSPHRASE.toCharArray()));
        report(
                "open + verify + close, demo inventory, KDF at test cost (= open time without the KDF)",
                () -> fast.open(temp.resolve("fast"), InventoryFiles.DEMO_PASSPHRASE.toCharArray()));
    }

    private static void report(String what, java.util.function.Supplier<Inventory> open) {
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            open.get().close();
            times[i] = millis(start);
        }
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%s: first %d ms, median %d ms, all %s%n", what, times[0], sorted[RUNS / 2], Arrays.toString(times));
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
