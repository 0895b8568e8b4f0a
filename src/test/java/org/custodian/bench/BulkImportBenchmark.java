package org.custodian.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.custodian.analysis.synthetic.SyntheticCsvSet;
import org.custodian.analysis.synthetic.SyntheticInventory;
import org.custodian.analysis.synthetic.SyntheticShape;
import org.custodian.model.InventorySnapshot;

/**
 * The bulk path of issue 10: a synthetic CSV set of 100,000 assets and 1,000,000 grants (plus about
 * 200,000 custody rows) imported into a fresh inventory with {@code import inventory SOURCE --apply},
 * then {@code check}. Each command runs as its own process, as a user runs it, so JVM start, passphrase
 * check, backup, the one audited transaction, H2's close and the seal are all in the figure.
 *
 * <p>Run: {@code MAVEN_OPTS=-Xmx2g ./mvnw -q test-compile exec:java
 * -Dexec.mainClass=org.custodian.bench.BulkImportBenchmark} ({@code -Dexec.args="10000 10"} for a quick
 * run: assets, grants per asset).
 */
public final class BulkImportBenchmark {
    private static final String PASSPHRASE = "bulk import benchmark passphrase";

    private BulkImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int assets = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        double grantsPerAsset = args.length > 1 ? Double.parseDouble(args[1]) : 10.0;
        Path temp = Files.createTempDirectory("custodian-bulk");
        Path csv = temp.resolve("csv");
        Path inventory = temp.resolve("inventory");

        long start = System.nanoTime();
        InventorySnapshot snapshot =
                SyntheticInventory.generate(SyntheticShape.of(assets, 42).withGrantsPerAsset(grantsPerAsset));
        long rows = SyntheticCsvSet.write(snapshot, csv, SyntheticInventory.REFERENCE_DAY);
        snapshot = null;
        System.out.printf(
                "CSV set: %,d rows (%,d assets, %,d grants), %,d MB, written in %d ms%n",
                rows,
                lines(csv.resolve("assets.csv")),
                lines(csv.resolve("grants.csv")),
                size(csv) / 1_000_000,
                millis(start));

        run("init", inventory, List.of("init", "-i", inventory.toString(), "--name", "Bulk benchmark"));
        String before = loadAverage();
        long importMillis = run(
                "import inventory --apply",
                inventory,
                List.of("import", "inventory", csv.toString(), "-i", inventory.toString(), "--apply"));
        String after = loadAverage();
        long checkMillis = run("check", inventory, List.of("check", "-i", inventory.toString()));
        System.out.printf(
                "RESULT import --apply %.1f s, check %.1f s; load average before %s, after %s; %d cores%n",
                importMillis / 1000.0,
                checkMillis / 1000.0,
                before,
                after,
                Runtime.getRuntime().availableProcessors());
        System.out.println("Left in " + temp + " (delete when done)");
    }

    /** Runs one command in its own JVM on this class path; fails on a non-zero exit. */
    private static long run(String what, Path inventory, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("bench.xmx", "2g"),
                "-cp",
                System.getProperty("java.class.path"),
                "org.custodian.Launcher"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("CUSTODIAN_PASSPHRASE", PASSPHRASE);
        long start = System.nanoTime();
        int code = builder.start().waitFor();
        long took = millis(start);
        System.out.printf("%s: exit %d, %,d ms%n", what, code, took);
        if (code != 0) {
            throw new IllegalStateException(what + " failed with exit code " + code + " on " + inventory);
        }
        return took;
    }

    private static String loadAverage() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII)
                .split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    private static long lines(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count() - 1;
        }
    }

    private static long size(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
