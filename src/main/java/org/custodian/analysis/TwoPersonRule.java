package org.custodian.analysis;

import org.custodian.model.Asset;
import org.custodian.model.AssetDetails.PrivilegedAccount;
import org.custodian.model.AssetSubtype;

/**
 * Which assets should never rest with one person: shared secrets, codes, logins and door keys. Things that
 * are personal by design (a personal admin account or alarm code, a badge, a card, an allow-list rule for
 * one person's home) have one holder on purpose; they are cut off when the person leaves, not handed over.
 */
final class TwoPersonRule {
    private TwoPersonRule() {}

    static boolean appliesTo(Asset asset) {
        if (asset.details() instanceof PrivilegedAccount account && account.personalAccount()) {
            return false;
        }
        if (asset.subtype() == AssetSubtype.PERSONAL_CODE) {
            return false;
        }
        return asset.kind().isKnowledge() || asset.subtype() == AssetSubtype.KEY;
    }
}
