package org.custodian.model;

import java.util.List;

/** Input breaks one or more rules; each violation names its field so forms can show it beside it. */
public class ValidationException extends CustodianException {
    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(String.join("; ", Violation.messages(violations)));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String nextStep() {
        return "Correct the fields named above and try again.";
    }
}
