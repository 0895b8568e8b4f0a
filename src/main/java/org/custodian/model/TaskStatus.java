package org.custodian.model;

public enum TaskStatus implements Labelled {
    OPEN,
    DONE,
    NOT_NEEDED
}
