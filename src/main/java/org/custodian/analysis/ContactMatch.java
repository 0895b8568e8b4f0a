package org.custodian.analysis;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two contact details name the same mailbox or phone, ignoring case, spaces and punctuation.
 * A detail may list several ("kevin@example.org, +44 7700 900412"); sharing any one of them is a match.
 */
final class ContactMatch {
    private static final int SHORTEST_PHONE = 6;
    private static final int SUBSCRIBER_DIGITS = 9;

    private ContactMatch() {}

    static boolean same(String a, String b) {
        Set<String> keys = keys(a);
        for (String key : keys(b)) {
            if (keys.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each part in a form where equal contacts are equal strings: a lower-case email, or a phone's last nine
     * digits, so that "+44 (0)7700 900123" and "07700 900123" agree.
     */
    static Set<String> keys(String contact) {
        Set<String> keys = new LinkedHashSet<>();
        if (contact == null) {
            return keys;
        }
        for (String part : contact.split("[,;/]")) {
            if (part.contains("@")) {
                keys.add(part.strip().toLowerCase(Locale.ROOT));
            } else {
                String digits = part.replaceAll("\\D", "");
                if (digits.length() >= SUBSCRIBER_DIGITS) {
                    keys.add("tel:" + digits.substring(digits.length() - SUBSCRIBER_DIGITS));
                } else if (digits.length() >= SHORTEST_PHONE) {
                    keys.add("tel:" + digits);
                }
            }
        }
        return keys;
    }
}
