package org.custodian.model;

public enum DepartureType implements Labelled {
    RESIGNATION,
    TERMINATION,
    CONTRACT_END,
    TRANSFER
}
