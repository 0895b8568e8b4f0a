package org.custodian.model;

/** Every kind of access the inventory records; each has fields of its own (see {@link AssetDetails}). */
public enum AssetKind implements Labelled {
    PRIVILEGED_ACCOUNT,
    SHARED_SECRET,
    HOSTING_LOGIN,
    PHYSICAL_KEY,
    ALARM_CODE,
    PURCHASING_AUTHORITY,
    NETWORK_ALLOWANCE,
    PHONE_SYSTEM;

    /** Secrets and codes stay known after custody ends; only rotation removes them. */
    public boolean isKnowledge() {
        return this == SHARED_SECRET
                || this == HOSTING_LOGIN
                || this == ALARM_CODE
                || this == PRIVILEGED_ACCOUNT
                || this == PHONE_SYSTEM;
    }
}
