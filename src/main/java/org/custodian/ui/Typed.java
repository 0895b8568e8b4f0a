package org.custodian.ui;

import java.math.BigDecimal;
import java.util.List;
import org.custodian.model.Violation;

/**
 * Numbers as a user types them into a form: blank is "no value", and text that is not a number is reported
 * against its field in the words the CSV import uses for the same column, so both ways in read alike.
 */
public final class Typed {
    private Typed() {}

    public static Integer wholeNumber(String text, String field, List<Violation> violations) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, "\"" + value + "\" is not a whole number"));
            return null;
        }
    }

    public static BigDecimal amount(String text, String field, List<Violation> violations) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, "\"" + value + "\" is not a number like 2500.00"));
            return null;
        }
    }
}
