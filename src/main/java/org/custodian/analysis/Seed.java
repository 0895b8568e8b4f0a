package org.custodian.analysis;

import java.util.Objects;
import org.custodian.analysis.MembershipWindows.Window;

/**
 * One way a person holds an asset themselves: a custody, taken directly or through a chain of group
 * memberships ({@code window}), with the level it gives and its length in links.
 */
record Seed(int person, int asset, int custody, Window window, ExposureLevel level, int length, int end) {
    Seed {
        Objects.requireNonNull(level, "level");
        if (length < 1) {
            throw new IllegalArgumentException("A seed is at least one link long");
        }
    }

    boolean direct() {
        return window == null;
    }
}
