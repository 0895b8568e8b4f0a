package org.custodian.model;

/** Ordered from least to most critical. */
public enum Criticality implements Labelled {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
