package org.custodian.model;

/** Holding the source asset gives a way into the target asset. */
public enum GrantKind implements Labelled {
    UNLOCKS,
    CAN_RESET,
    ADMINISTERS,
    PHYSICALLY_OPENS
}
