package org.custodian.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The warm-up swallows its failures (it is only a head start), so a broken one would go unnoticed without this. */
class AnalysisWarmUpTest {
    @Test
    void theWarmUpRunsTheAnalysisOnTheDemoShippedInTheJar() {
        assertTrue(AnalysisWarmUp.run(LocalDate.of(2026, 11, 30)));
    }
}
