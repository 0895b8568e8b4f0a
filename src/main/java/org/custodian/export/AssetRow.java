package org.custodian.export;

import java.util.List;
import org.custodian.model.Asset;
import org.custodian.model.AssetDetails;

/** An asset as one inventory row: the common fields, then every kind's own fields (blank where not its kind). */
final class AssetRow {
    static final List<Column> COLUMNS = List.of(
            Column.of("Asset", 30),
            Column.of("Kind", 20),
            Column.of("Type", 16),
            Column.of("Criticality", 11),
            Column.of("System / location", 22),
            Column.of("Vendor", 20),
            Column.of("Owner", 20),
            Column.of("Set up by", 20),
            Column.date("Last rotated"),
            Column.number("Rotate every (days)"),
            Column.wrapped("Rotation procedure", 30),
            Column.wrapped("Where the value is kept", 30),
            Column.of("Recovery email", 24),
            Column.of("Recovery phone", 16),
            Column.of("Personal account", 10),
            Column.date("Renewal"),
            Column.date("Expiry"),
            Column.of("Key number", 12),
            Column.wrapped("Opens", 24),
            Column.number("Copies issued"),
            Column.number("Copies returned"),
            Column.of("Alarm panel", 16),
            Column.of("Reference", 18),
            Column.number("Spending limit"),
            Column.of("Allowed address", 18),
            Column.wrapped("Notes", 40));

    private AssetRow() {}

    static Object[] of(Asset a, InventoryIndex index) {
        Object[] row = new Object[COLUMNS.size()];
        Object[] common = {
            a.name(),
            a.kind(),
            a.subtype(),
            a.criticality(),
            a.system(),
            index.name(a.vendor()),
            index.name(a.owner()),
            index.name(a.setUpBy()),
            index.lastRotated(a.id()),
            a.rotationIntervalDays(),
            a.rotationProcedure(),
            a.valueLocation(),
            a.recoveryEmail(),
            a.recoveryPhone()
        };
        System.arraycopy(common, 0, row, 0, common.length);
        row[COLUMNS.size() - 1] = a.notes();
        AssetDetails details = a.details();
        if (details instanceof AssetDetails.PrivilegedAccount p) {
            row[14] = p.personalAccount();
        } else if (details instanceof AssetDetails.HostingLogin h) {
            row[15] = h.renewalDate();
            row[16] = h.expiryDate();
        } else if (details instanceof AssetDetails.PhysicalKey k) {
            row[17] = k.keyNumber();
            row[18] = k.opens();
            row[19] = k.copiesIssued();
            row[20] = k.copiesReturned();
        } else if (details instanceof AssetDetails.AlarmCode c) {
            row[21] = c.panel();
        } else if (details instanceof AssetDetails.PurchasingAuthority p) {
            row[22] = p.reference();
            row[23] = p.spendingLimit();
            row[15] = p.renewalDate();
            row[16] = p.expiryDate();
        } else if (details instanceof AssetDetails.NetworkAllowance n) {
            row[24] = n.allowedAddress();
        } else if (details instanceof AssetDetails.PhoneSystem p) {
            row[22] = p.reference();
        }
        return row;
    }
}
