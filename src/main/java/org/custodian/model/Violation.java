package org.custodian.model;

/** One broken rule: the field it concerns and a message the user can act on. */
public record Violation(String field, String message) {
}
