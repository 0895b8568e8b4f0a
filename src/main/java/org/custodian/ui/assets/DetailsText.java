package org.custodian.ui.assets;

import org.custodian.model.AssetDetails;
import org.custodian.ui.Wording;

/** An asset's kind-specific fields in one line ("key K-12 · opens server room · 3 copies issued, 1 returned"). */
final class DetailsText {
    private DetailsText() {}

    /** The kind-specific fields in one line, for the detail pane. */
    static String of(AssetDetails details) {
        if (details instanceof AssetDetails.PrivilegedAccount p) {
            return p.personalAccount() ? "personal account" : "shared account";
        }
        if (details instanceof AssetDetails.HostingLogin h) {
            return join("renewal " + Wording.date(h.renewalDate()), "expiry " + Wording.date(h.expiryDate()));
        }
        if (details instanceof AssetDetails.PhysicalKey k) {
            return join(
                    k.keyNumber() == null ? "" : "key " + k.keyNumber(),
                    k.opens() == null ? "" : "opens " + k.opens(),
                    k.copiesIssued() + " copies issued, " + k.copiesReturned() + " returned");
        }
        if (details instanceof AssetDetails.AlarmCode a) {
            return a.panel() == null ? null : "panel " + a.panel();
        }
        if (details instanceof AssetDetails.PurchasingAuthority p) {
            return join(
                    p.reference(),
                    p.spendingLimit() == null
                            ? ""
                            : "limit " + p.spendingLimit().toPlainString(),
                    "renewal " + Wording.date(p.renewalDate()),
                    "expiry " + Wording.date(p.expiryDate()));
        }
        if (details instanceof AssetDetails.NetworkAllowance n) {
            return n.allowedAddress() == null ? null : "allows " + n.allowedAddress();
        }
        if (details instanceof AssetDetails.PhoneSystem p) {
            return p.reference();
        }
        return null;
    }

    private static String join(String... parts) {
        return String.join(
                " · ",
                java.util.Arrays.stream(parts)
                        .filter(p -> p != null && !p.isBlank() && !p.endsWith(" "))
                        .toList());
    }
}
