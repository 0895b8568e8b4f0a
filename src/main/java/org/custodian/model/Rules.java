package org.custodian.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one record so a form can show them all at once. */
public final class Rules {
    private final List<Violation> violations = new ArrayList<>();

    public static Rules check() {
        return new Rules();
    }

    public Rules require(boolean ok, String field, String message) {
        if (!ok) {
            violations.add(new Violation(field, message));
        }
        return this;
    }

    public Rules notBlank(String value, String field, String message) {
        return require(value != null && !value.isBlank(), field, message);
    }

    public Rules present(Object value, String field, String message) {
        return require(value != null, field, message);
    }

    public Rules maxLength(String value, int max, String field, String what) {
        return require(value == null || value.length() <= max, field, what + " can be at most " + max + " characters");
    }

    public Rules ordered(LocalDate from, LocalDate until, String field, String message) {
        return require(from == null || until == null || !until.isBefore(from), field, message);
    }

    public void orThrow() {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** Trims and turns blank text into null, so "  " and "" mean "no value" everywhere. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
