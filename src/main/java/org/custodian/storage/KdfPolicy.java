package org.custodian.storage;

import java.time.Duration;

/**
 * How costly the passphrase check must be. New inventories are calibrated to {@code target} as a fresh
 * process meets it, on the machine that creates them; the floor is enforced when reading a header, so
 * an edited header cannot make guessing cheaper.
 */
public record KdfPolicy(KdfParameters floor, Duration target) {
    /** Calibration stops here: on a machine this fast the check is simply quicker than the target. */
    static final int MAX_ITERATIONS = 64;

    private static final int FEWEST_LANES = 2;
    private static final int MOST_LANES = 4;

    /**
     * KeePassXC's level: 64 MiB, passes calibrated to about a second. The floor's single lane keeps
     * inventories made before lanes were used (p = 1) openable; lanes add no guessing cost, only speed.
     */
    public static KdfPolicy production() {
        return new KdfPolicy(new KdfParameters(64 * 1024, 3, 1), Duration.ofSeconds(1));
    }

    /** Cheap parameters so tests can open hundreds of inventories; never used by the app. */
    public static KdfPolicy fastForTests() {
        return new KdfPolicy(new KdfParameters(1024, 1, 1), Duration.ZERO);
    }

    /**
     * The floor's memory, lanes for this machine, and as many passes as fit in {@code target} for a
     * cold unlock with this process's engine.
     */
    public KdfParameters calibrate() {
        if (target.isZero()) {
            return floor;
        }
        int lanes = Math.max(floor.parallelism(), lanes(Runtime.getRuntime().availableProcessors()));
        KdfCalibration.Estimate estimate = KdfCalibration.measure(Argon2Engines.preferred(), floor.memoryKiB(), lanes);
        return new KdfParameters(
                floor.memoryKiB(), estimate.passesFor(target, floor.iterations(), MAX_ITERATIONS), lanes);
    }

    /**
     * One lane per core, 2 to 4: two so even a small machine's header runs in parallel wherever it is
     * opened later; at most four because a header made on a big machine must still open in about a
     * second on a laptop with fewer cores.
     */
    static int lanes(int cores) {
        return Math.max(FEWEST_LANES, Math.min(MOST_LANES, cores));
    }
}
