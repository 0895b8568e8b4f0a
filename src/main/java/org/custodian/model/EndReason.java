package org.custodian.model;

/** How a custody ended. Only rotation removes knowledge; the others end holding. */
public enum EndReason implements Labelled {
    RETURNED,
    REVOKED,
    ROTATED,
    LEFT
}
