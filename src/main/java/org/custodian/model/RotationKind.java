package org.custodian.model;

/** What was done to an asset so that former holders lose it. */
public enum RotationKind implements Labelled {
    ROTATED,
    RE_KEYED,
    DISABLED,
    REVOKED
}
