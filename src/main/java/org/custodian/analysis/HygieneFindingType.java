package org.custodian.analysis;

import org.custodian.model.Labelled;

/** The kinds of trouble the dashboard keeps in view, roughly most urgent first. */
public enum HygieneFindingType implements Labelled {
    DEPARTED_STILL_HOLDS("Departed but still holds"),
    DEPARTED_STILL_KNOWS("Departed and still knows"),
    RECOVERY_CONTACT_GONE("Recovery contact has left"),
    RECOVERY_CONTACT_LEAVING("Recovery contact is leaving"),
    RECOVERY_TO_PERSONAL_ADDRESS("Recovery goes to a personal address"),
    SINGLE_CUSTODIAN("Only one holder"),
    NO_CURRENT_HOLDER("Nobody holds this"),
    KEY_COPIES_UNACCOUNTED("Key copies unaccounted for"),
    KEY_COPIES_INCONSISTENT("Key copies do not add up"),
    EXPIRED("Expired"),
    EXPIRY_DUE("Expiry coming up"),
    RENEWAL_DUE("Renewal coming up"),
    ROTATION_OVERDUE("Rotation overdue"),
    ROTATION_NEVER_RECORDED("Rotation never recorded"),
    NO_ACCOUNTABLE_OWNER("No accountable owner"),
    OWNER_GONE("Owner has left"),
    TASK_OVERDUE("Departure task overdue");

    private final String label;

    HygieneFindingType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
