package org.custodian.analysis;

import org.custodian.model.Labelled;

/**
 * How far a person still reaches an asset, ordered from weakest to strongest. Knowledge outlives
 * custody, so "still knows" sits between reaching it now and being cut off by a rotation.
 */
public enum ExposureLevel implements Labelled {
    NO_LONGER_EXPOSED("No longer exposed"),
    STILL_KNOWS("Still knows"),
    CAN_REACH_NOW("Can reach now");

    private final String label;

    ExposureLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean atLeast(ExposureLevel other) {
        return compareTo(other) >= 0;
    }
}
