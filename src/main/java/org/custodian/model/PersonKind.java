package org.custodian.model;

public enum PersonKind implements Labelled {
    EMPLOYEE,
    CONTRACTOR,
    EXTERNAL_PROVIDER
}
