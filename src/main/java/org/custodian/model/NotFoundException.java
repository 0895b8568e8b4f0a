package org.custodian.model;

/** A named person, asset, group or organisation is not in the inventory. */
public class NotFoundException extends CustodianException {
    public NotFoundException(String message) {
        super(message);
    }

    public NotFoundException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String nextStep() {
        return "Check the name; the closest matches are listed where there are any.";
    }
}
