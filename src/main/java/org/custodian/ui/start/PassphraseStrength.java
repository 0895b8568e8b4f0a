package org.custodian.ui.start;

import org.custodian.model.PassphraseRule;

/** A rough hint, not a gate beyond {@link PassphraseRule}: length matters most for a passphrase. */
final class PassphraseStrength {
    private PassphraseStrength() {}

    static String describe(String passphrase) {
        int length = passphrase == null ? 0 : passphrase.length();
        if (length == 0) {
            return "Use four or more unrelated words, e.g. \"lantern cobalt orchard tide\".";
        }
        if (!PassphraseRule.acceptable(passphrase)) {
            return "Too short: at least " + PassphraseRule.MINIMUM_LENGTH + " characters.";
        }
        long words = passphrase.strip().split("\\s+").length;
        if (length >= 24 || words >= 4) {
            return "Strong.";
        }
        return length >= 16 ? "Fair: a few more words would make it strong." : "Weak: add more words.";
    }
}
