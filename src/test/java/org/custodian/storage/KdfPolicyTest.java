package org.custodian.storage;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Lanes, the cost model, and a real calibration with the engine this process unlocks with. */
class KdfPolicyTest {
    @Test
    void lanesFollowTheCoresBetweenTwoAndFour() {
        assertEquals(2, KdfPolicy.lanes(1));
        assertEquals(2, KdfPolicy.lanes(2));
        assertEquals(3, KdfPolicy.lanes(3));
        assertEquals(4, KdfPolicy.lanes(4));
        assertEquals(4, KdfPolicy.lanes(64));
    }

    @Test
    void passesFitTheTargetAfterTheColdAndFixedCostsAndStayWithinBounds() {
        KdfCalibration.Estimate estimate =
                new KdfCalibration.Estimate("native", 65536, 2, 150_000_000L, 40_000_000L, 170_000_000L);
        assertEquals(17, estimate.passesFor(Duration.ofSeconds(1), 3, 64)); // (1000 − 170 − 150) / 40
        assertTrue(estimate.nanosFor(17) <= Duration.ofSeconds(1).toNanos());
        assertEquals(3, estimate.passesFor(Duration.ofMillis(100), 3, 64), "never below the floor");
        assertEquals(
                64,
                new KdfCalibration.Estimate("native", 65536, 4, 1, 1_000_000L, 0)
                        .passesFor(Duration.ofSeconds(1), 3, 64),
                "never above the cap");
    }

    @Test
    @Tag("slow")
    void productionCalibrationUsesTheUnlockEngineLanesAndTheFloorsMemory() {
        KdfParameters chosen = KdfPolicy.production().calibrate();
        assertEquals(64 * 1024, chosen.memoryKiB());
        assertEquals(KdfPolicy.lanes(Runtime.getRuntime().availableProcessors()), chosen.parallelism());
        assertTrue(chosen.parallelism() >= 2);
        assertTrue(chosen.iterations() >= 3 && chosen.iterations() <= KdfPolicy.MAX_ITERATIONS, chosen.toString());
        assertTrue(chosen.atLeast(KdfPolicy.production().floor()));
    }

    @Test
    void theEstimateIsForThePreferredEngineAndCountsItsColdStart() {
        KdfCalibration.Estimate estimate = KdfCalibration.measure(Argon2Engines.preferred(), 4096, 2);
        assertEquals(Argon2Engines.preferred().name(), estimate.engine());
        assertEquals(Argon2Engines.startupNanos(), estimate.coldNanos());
        assertTrue(estimate.perPassNanos() > 0);
    }

    @Test
    void inventoriesMadeBeforeLanesStillMeetTheFloor() {
        assertTrue(new KdfParameters(64 * 1024, 7, 1)
                .atLeast(KdfPolicy.production().floor()));
        assertFalse(new KdfParameters(32 * 1024, 30, 2)
                .atLeast(KdfPolicy.production().floor()));
        assertFalse(new KdfParameters(64 * 1024, 2, 4)
                .atLeast(KdfPolicy.production().floor()));
    }
}
