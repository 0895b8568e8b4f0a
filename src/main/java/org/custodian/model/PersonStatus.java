package org.custodian.model;

public enum PersonStatus implements Labelled {
    ACTIVE,
    LEAVING,
    DEPARTED
}
