package org.custodian.model;

/** What was done to an asset so that former holders lose it. */
public enum RotationKind implements Labelled {
    ROTATED,
    RE_KEYED,
    DISABLED,
    REVOKED;

    /** "Re-keyed", not "Re keyed". */
    @Override
    public String label() {
        return this == RE_KEYED ? "Re-keyed" : Labelled.super.label();
    }
}
