package org.custodian.service;

import java.time.LocalDate;
import org.custodian.analysis.ExposureLevel;

/**
 * What an exposure question asks besides about whom or what: the day it is asked for ({@code asOf},
 * null for the inventory's today) and whether to include what a rotation already ended ("no longer
 * exposed"). One value, so every front end asks the same question the same way.
 */
public record ReachQuery(LocalDate asOf, boolean includeEnded) {
    /** As things stand today, leaving out what is no longer exposed: what the screens show. */
    public static ReachQuery today() {
        return new ReachQuery(null, false);
    }

    LocalDate day(LocalDate today) {
        return asOf == null ? today : asOf;
    }

    ExposureLevel minimum() {
        return includeEnded ? ExposureLevel.NO_LONGER_EXPOSED : ExposureLevel.STILL_KNOWS;
    }
}
