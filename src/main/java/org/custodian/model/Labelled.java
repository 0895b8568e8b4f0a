package org.custodian.model;

import java.util.Locale;

/** Enums shown to people: "DOMAIN_ADMIN" reads as "Domain admin" in tables, reports and messages. */
public interface Labelled {
    String name();

    default String label() {
        String words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
