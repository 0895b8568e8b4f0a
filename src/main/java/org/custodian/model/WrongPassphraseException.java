package org.custodian.model;

/** The passphrase does not open this inventory. Nothing was changed. */
public class WrongPassphraseException extends CustodianException {
    public WrongPassphraseException(String message) {
        super(message);
    }

    public WrongPassphraseException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String nextStep() {
        return "Check the passphrase (caps lock, keyboard layout) and try again.";
    }
}
