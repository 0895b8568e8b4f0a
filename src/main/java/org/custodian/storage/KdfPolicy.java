package org.custodian.storage;

import java.time.Duration;

/**
 * How costly the passphrase check must be. New inventories are calibrated to {@code target} on the
 * machine that creates them; the floor is enforced when reading a header, so an edited header cannot
 * make guessing cheaper.
 */
public record KdfPolicy(KdfParameters floor, Duration target) {
    private static final int MAX_ITERATIONS = 64;

    public static KdfPolicy production() {
        return new KdfPolicy(new KdfParameters(64 * 1024, 3, 1), Duration.ofSeconds(1));
    }

    /** Cheap parameters so tests can open hundreds of inventories; never used by the app. */
    public static KdfPolicy fastForTests() {
        return new KdfPolicy(new KdfParameters(1024, 1, 1), Duration.ZERO);
    }

    /** Finds the iteration count at the floor's memory that takes about {@code target} here. */
    public KdfParameters calibrate() {
        if (target.isZero()) {
            return floor;
        }
        byte[] salt = new byte[16];
        KdfParameters probe = new KdfParameters(floor.memoryKiB(), 1, floor.parallelism());
        probe.derive(new char[] {'w', 'a', 'r', 'm'}, salt);
        long start = System.nanoTime();
        probe.derive(new char[] {'p', 'r', 'o', 'b', 'e'}, salt);
        long perIteration = Math.max(1, System.nanoTime() - start);
        int iterations = (int) Math.min(MAX_ITERATIONS, Math.max(floor.iterations(), target.toNanos() / perIteration));
        return new KdfParameters(floor.memoryKiB(), iterations, floor.parallelism());
    }
}
