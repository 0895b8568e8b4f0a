package org.custodian.model;

/** When a task is done, in the order a departure unfolds; hostile departures start before the person is told. */
public enum DeparturePhase implements Labelled {
    BEFORE_NOTIFYING,
    BEFORE_LAST_DAY,
    ON_LAST_DAY,
    AFTER_DEPARTURE
}
