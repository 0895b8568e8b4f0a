package org.custodian.model;

/** Hostile departures revoke before the person is told. */
public enum DepartureMode implements Labelled {
    FRIENDLY,
    HOSTILE
}
