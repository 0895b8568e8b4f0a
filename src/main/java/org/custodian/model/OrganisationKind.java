package org.custodian.model;

public enum OrganisationKind implements Labelled {
    IT_PROVIDER,
    SUPPLIER,
    BANK,
    ALARM_COMPANY,
    HOSTING_PROVIDER,
    OTHER
}
