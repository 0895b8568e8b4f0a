package org.custodian.model;

/** The concrete thing to do; each kind of asset and custody role calls for one of these. */
public enum PlanAction implements Labelled {
    ROTATE_SECRET("Rotate the secret"),
    DISABLE_ACCOUNT("Disable the account and its SSH keys"),
    RECOVER_KEY("Recover the key"),
    RE_KEY_LOCK("Re-key the lock"),
    CHANGE_ALARM_CODE_AND_CALL_LIST("Change the alarm code and the call list"),
    CANCEL_CARD_OR_AUTHORITY("Cancel the card or authority"),
    REMOVE_ALLOW_RULE("Remove the allow-list rule"),
    CHANGE_RECOVERY_CONTACT("Change the recovery contact"),
    RE_ENROL_MFA("Re-enrol MFA"),
    HAND_OVER("Hand over"),
    REVIEW_SET_UP("Review what they set up"),
    NOTIFY("Notify"),
    WATCH_LOGINS("Watch for log-ins"),
    REVIEW_ADMIN_ACTIONS("Review admin actions"),
    // Added later; stored by name, so new values go at the end and none is renamed.
    REMOVE_AUTHORISED_BUYER("Remove them as an authorised buyer"),
    GET_COMPANY_ACCESS("Get company access first"),
    CHECK_DOWNSTREAM("Check"),
    DISABLE_VPN_ACCESS("Disable the VPN access"),
    UNINSTALL_REMOTE_TOOL("Uninstall the remote-access tool"),
    CHECK_RENEWAL("Check the renewal");

    private final String label;

    PlanAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
