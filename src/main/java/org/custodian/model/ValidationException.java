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

    /** Only a refusal that names fields may point at them; a whole file refused has none to correct. */
    @Override
    public String nextStep() {
        return violations.stream().anyMatch(Violation::namesField)
                ? "Correct the fields named above and try again."
                : "Nothing was changed.";
    }
}
