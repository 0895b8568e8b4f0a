package org.custodian.model;

import java.util.List;

/**
 * The one minimum every new passphrase meets, whether chosen in the window or on the command line. The
 * KDF makes each guess cost about a second, but a short passphrase still falls to a small dictionary.
 * The demo inventory is exempt: its passphrase is public on purpose and it holds no real data.
 */
public final class PassphraseRule {
    public static final int MINIMUM_LENGTH = 10;

    private PassphraseRule() {}

    public static boolean acceptable(CharSequence passphrase) {
        return passphrase != null && passphrase.length() >= MINIMUM_LENGTH;
    }

    public static boolean acceptable(char[] passphrase) {
        return passphrase != null && passphrase.length >= MINIMUM_LENGTH;
    }

    /** Refuses a too-short new passphrase; the message never repeats the passphrase itself. */
    public static void check(char[] passphrase) {
        if (!acceptable(passphrase)) {
            throw new ValidationException(List.of(new Violation("passphrase", tooShort())));
        }
    }

    public static String tooShort() {
        return "A passphrase needs at least " + MINIMUM_LENGTH
                + " characters; four or more unrelated words are easy to remember and hard to guess.";
    }
}
