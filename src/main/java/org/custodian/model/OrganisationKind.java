package org.custodian.model;

public enum OrganisationKind implements Labelled {
    IT_PROVIDER,
    SUPPLIER,
    BANK,
    ALARM_COMPANY,
    HOSTING_PROVIDER,
    OTHER;

    /** "IT provider", not "It provider". */
    @Override
    public String label() {
        return this == IT_PROVIDER ? "IT provider" : Labelled.super.label();
    }
}
