package org.custodian.model;

/** The part a person or group plays for an asset. */
public enum CustodyRole implements Labelled {
    HOLDS("Holds / knows"),
    BACKUP("Backup holder"),
    MFA_DEVICE("MFA device holder"),
    RECOVERY_CONTACT("Recovery contact"),
    ACCOUNTABLE_OWNER("Accountable owner"),
    CALL_LIST("On the alarm company's call list");

    private final String label;

    CustodyRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
