package org.custodian.storage;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Times Argon2id in the process it starts in, as a cold unlock meets it, with the shipped jar's engines
 * (it lives in the test tree, beside them in the same package, so the app itself never prints).
 * Used by {@code ColdStartBenchmark} and {@code Argon2FallbackTest}:
 * <pre>
 * java -cp target/custodian.jar:target/test-classes org.custodian.storage.KdfTiming native|java MEMORY_KIB ITERATIONS LANES [RUNS]
 * java -cp target/custodian.jar:target/test-classes org.custodian.storage.KdfTiming calibrate [java]
 * </pre>
 * The first prints one line per run (run 1 includes loading the engine); the second what calibration
 * measures and picks here. Nothing secret is involved: the passphrase is a fixed word.
 */
public final class KdfTiming {
    private KdfTiming() {}

    public static void main(String[] args) {
        if (args.length >= 1 && args[0].equals("calibrate")) {
            calibrate(args.length > 1 && args[1].equals("java") ? Argon2Engines.java() : Argon2Engines.preferred());
        } else if (args.length >= 4) {
            time(args);
        } else {
            System.err.println(
                    "usage: KdfTiming native|java MEMORY_KIB ITERATIONS LANES [RUNS] | KdfTiming calibrate [java]");
            System.exit(2);
        }
    }

    private static void calibrate(Argon2Engine engine) {
        KdfPolicy policy = KdfPolicy.production();
        int lanes = KdfPolicy.lanes(Runtime.getRuntime().availableProcessors());
        KdfCalibration.Estimate estimate =
                KdfCalibration.measure(engine, policy.floor().memoryKiB(), lanes);
        int passes = estimate.passesFor(policy.target(), policy.floor().iterations(), KdfPolicy.MAX_ITERATIONS);
        System.out.printf(
                "engine=%s m=%d p=%d fixed_ms=%d per_pass_ms=%.1f cold_ms=%d -> t=%d predicted_cold_ms=%d%n",
                estimate.engine(),
                estimate.memoryKiB(),
                lanes,
                estimate.fixedNanos() / 1_000_000,
                estimate.perPassNanos() / 1e6,
                estimate.coldNanos() / 1_000_000,
                passes,
                estimate.nanosFor(passes) / 1_000_000);
    }

    private static void time(String[] args) {
        KdfParameters parameters =
                new KdfParameters(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            Argon2Engine engine = "java".equals(args[0]) ? Argon2Engines.java() : Argon2Engines.preferred();
            byte[] key = parameters.derive("timing only".toCharArray(), new byte[16], engine);
            Arrays.fill(key, (byte) 0);
            System.out.printf(
                    "engine=%s m=%d t=%d p=%d run=%d kdf_ms=%d jvm_uptime_ms=%d%n",
                    engine.name(),
                    parameters.memoryKiB(),
                    parameters.iterations(),
                    parameters.parallelism(),
                    run,
                    (System.nanoTime() - start) / 1_000_000,
                    ManagementFactory.getRuntimeMXBean().getUptime());
        }
    }
}
