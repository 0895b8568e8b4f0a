package org.custodian.storage;

import java.time.Duration;

/**
 * How costly the passphrase check must be. New inventories are calibrated to {@code target} on the
 * machine that creates them; the floor is enforced when reading a header, so an edited header cannot
 * make guessing cheaper.
 */
public record KdfPolicy(KdfParameters floor, Duration target) {
    private static final int MAX_ITERATIONS = 64;
    private static final int PROBE_PASSES = 4;

    public static KdfPolicy production() {
        return new KdfPolicy(new KdfParameters(64 * 1024, 3, 1), Duration.ofSeconds(1));
    }

    /** Cheap parameters so tests can open hundreds of inventories; never used by the app. */
    public static KdfPolicy fastForTests() {
        return new KdfPolicy(new KdfParameters(1024, 1, 1), Duration.ZERO);
    }

    /**
     * Finds the iteration count at the floor's memory that takes about {@code target} here. A warm-up
     * pass lets the JIT compile Argon2 first; the faster of two timed runs damps GC noise.
     */
    public KdfParameters calibrate() {
        if (target.isZero()) {
            return floor;
        }
        time(1);
        long fastest = Math.max(1, Math.min(time(PROBE_PASSES), time(PROBE_PASSES)));
        long iterations = target.toNanos() * PROBE_PASSES / fastest;
        return new KdfParameters(floor.memoryKiB(), (int) Math.min(MAX_ITERATIONS, Math.max(floor.iterations(), iterations)),
                floor.parallelism());
    }

    private long time(int iterations) {
        KdfParameters probe = new KdfParameters(floor.memoryKiB(), iterations, floor.parallelism());
        long start = System.nanoTime();
        probe.derive(new char[] {'p', 'r', 'o', 'b', 'e'}, new byte[16]);
        return System.nanoTime() - start;
    }
}
