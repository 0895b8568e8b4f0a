package org.custodian.importer;

import static org.custodian.importer.SpreadsheetContent.or;

import org.custodian.model.AssetDetails;
import org.custodian.model.AssetDetails.AlarmCode;
import org.custodian.model.AssetDetails.HostingLogin;
import org.custodian.model.AssetDetails.NetworkAllowance;
import org.custodian.model.AssetDetails.PhoneSystem;
import org.custodian.model.AssetDetails.PhysicalKey;
import org.custodian.model.AssetDetails.PrivilegedAccount;
import org.custodian.model.AssetDetails.PurchasingAuthority;
import org.custodian.model.AssetKind;

/**
 * The fields only one kind of asset has, read from the row with the inventory's values kept where the row is
 * empty. Columns for other kinds are ignored: an asset list holds keys and accounts side by side.
 */
final class ShapedAssetDetails {
    private ShapedAssetDetails() {}

    /** @param old the asset's details in the inventory when it already has this kind, else null */
    static AssetDetails of(MappedRow r, AssetKind kind, AssetDetails old) {
        return switch (kind) {
            case PRIVILEGED_ACCOUNT ->
                new PrivilegedAccount(or(
                        r.bool("personal_account"),
                        old instanceof PrivilegedAccount p ? p.personalAccount() : null,
                        false));
            case SHARED_SECRET -> new AssetDetails.SharedSecret();
            case HOSTING_LOGIN -> hosting(r, old instanceof HostingLogin h ? h : new HostingLogin(null, null));
            case PHYSICAL_KEY -> key(r, old instanceof PhysicalKey k ? k : new PhysicalKey(null, null, 1, 0));
            case ALARM_CODE -> new AlarmCode(or(r.text("opens"), old instanceof AlarmCode a ? a.panel() : null, null));
            case PURCHASING_AUTHORITY ->
                purchasing(
                        r, old instanceof PurchasingAuthority p ? p : new PurchasingAuthority(null, null, null, null));
            case NETWORK_ALLOWANCE ->
                new NetworkAllowance(or(
                        r.text("allowed_address"),
                        old instanceof NetworkAllowance n ? n.allowedAddress() : null,
                        null));
            case PHONE_SYSTEM ->
                new PhoneSystem(or(r.text("reference"), old instanceof PhoneSystem p ? p.reference() : null, null));
        };
    }

    private static HostingLogin hosting(MappedRow r, HostingLogin old) {
        return new HostingLogin(
                or(r.date("renewal_date"), old.renewalDate(), null), or(r.date("expiry_date"), old.expiryDate(), null));
    }

    private static PhysicalKey key(MappedRow r, PhysicalKey old) {
        return new PhysicalKey(
                or(r.text("key_number"), old.keyNumber(), null),
                or(r.text("opens"), old.opens(), null),
                or(r.integer("copies_issued"), old.copiesIssued(), 1),
                or(r.integer("copies_returned"), old.copiesReturned(), 0));
    }

    private static PurchasingAuthority purchasing(MappedRow r, PurchasingAuthority old) {
        return new PurchasingAuthority(
                or(r.text("reference"), old.reference(), null),
                or(r.decimal("spending_limit"), old.spendingLimit(), null),
                or(r.date("renewal_date"), old.renewalDate(), null),
                or(r.date("expiry_date"), old.expiryDate(), null));
    }
}
