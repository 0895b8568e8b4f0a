package org.custodian.storage;

import java.time.Duration;
import java.util.Arrays;

/**
 * Measures what Argon2id costs here with the engine the unlock will use, and as a fresh process pays
 * it: {@code fixed + passes × perPass + cold}. {@code fixed} is the per-call cost (allocating and first
 * touching the memory, the first and last hash); {@code cold} is what only the first call in a process
 * pays — loading the native library, or BouncyCastle running uncompiled until the JIT catches up.
 */
final class KdfCalibration {
    static final int PROBE_PASSES = 4;
    private static final char[] PROBE = {'p', 'r', 'o', 'b', 'e'};

    /** The cost model, in nanoseconds. */
    record Estimate(String engine, int memoryKiB, int lanes, long fixedNanos, long perPassNanos, long coldNanos) {
        long nanosFor(int passes) {
            return coldNanos + fixedNanos + passes * perPassNanos;
        }

        /** The most passes (within bounds) whose cold cost stays at or under {@code target}. */
        int passesFor(Duration target, int fewest, int most) {
            long passes = (target.toNanos() - coldNanos - fixedNanos) / Math.max(1, perPassNanos);
            return (int) Math.max(fewest, Math.min(most, passes));
        }
    }

    private KdfCalibration() {}

    static Estimate measure(Argon2Engine engine, int memoryKiB, int lanes) {
        boolean coldJava = !engine.parallelLanes() && !JavaArgon2.hasRun();
        long first = time(engine, memoryKiB, 1, lanes);
        long one = fastest(engine, memoryKiB, 1, lanes);
        long probe = fastest(engine, memoryKiB, PROBE_PASSES, lanes);
        long perPass = Math.max(1, (probe - one) / (PROBE_PASSES - 1));
        long fixed = Math.max(0, one - perPass);
        return new Estimate(engine.name(), memoryKiB, lanes, fixed, perPass, cold(engine, coldJava, first - one, one));
    }

    /**
     * Native: loading and checking the library, as this process measured it. Java: if this process had
     * not run BouncyCastle before, the first probe's excess over a warm one is the JIT's price; if it
     * had (the desktop after an unlock), that price cannot be seen here, so assume one more probe's cost
     * (measured here: 0.3–0.6 s at 64 MiB, about one t = 1 call).
     */
    private static long cold(Argon2Engine engine, boolean coldJava, long firstExcess, long oneCall) {
        if (engine.parallelLanes()) {
            return Argon2Engines.startupNanos();
        }
        return coldJava ? Math.max(0, firstExcess) : oneCall;
    }

    /** The faster of two runs: GC pauses and other processes only ever add time. */
    private static long fastest(Argon2Engine engine, int memoryKiB, int passes, int lanes) {
        long[] runs = {time(engine, memoryKiB, passes, lanes), time(engine, memoryKiB, passes, lanes)};
        return Arrays.stream(runs).min().orElseThrow();
    }

    private static long time(Argon2Engine engine, int memoryKiB, int passes, int lanes) {
        KdfParameters probe = new KdfParameters(memoryKiB, passes, lanes);
        long start = System.nanoTime();
        byte[] key = probe.derive(PROBE, new byte[16], engine);
        long took = System.nanoTime() - start;
        Arrays.fill(key, (byte) 0);
        return took;
    }
}
