package org.custodian.importer;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.custodian.model.*;

/** Rows of assets.csv, custody.csv, grants.csv and rotations.csv turned into model records. */
final class AssetRows {
    /** The workbook's column for an alarm code's panel; the CSV set uses {@code opens}. */
    static final String ALARM_PANEL = "alarm_panel";

    /** Columns that belong to some kinds only, and those kinds. */
    private static final Map<String, Set<AssetKind>> KIND_COLUMNS = new LinkedHashMap<>();

    static {
        KIND_COLUMNS.put("personal_account", EnumSet.of(AssetKind.PRIVILEGED_ACCOUNT));
        KIND_COLUMNS.put("renewal_date", EnumSet.of(AssetKind.HOSTING_LOGIN, AssetKind.PURCHASING_AUTHORITY));
        KIND_COLUMNS.put("expiry_date", EnumSet.of(AssetKind.HOSTING_LOGIN, AssetKind.PURCHASING_AUTHORITY));
        KIND_COLUMNS.put("key_number", EnumSet.of(AssetKind.PHYSICAL_KEY));
        KIND_COLUMNS.put("opens", EnumSet.of(AssetKind.PHYSICAL_KEY));
        KIND_COLUMNS.put("copies_issued", EnumSet.of(AssetKind.PHYSICAL_KEY));
        KIND_COLUMNS.put("copies_returned", EnumSet.of(AssetKind.PHYSICAL_KEY));
        KIND_COLUMNS.put(ALARM_PANEL, EnumSet.of(AssetKind.ALARM_CODE));
        KIND_COLUMNS.put("reference", EnumSet.of(AssetKind.PURCHASING_AUTHORITY, AssetKind.PHONE_SYSTEM));
        KIND_COLUMNS.put("spending_limit", EnumSet.of(AssetKind.PURCHASING_AUTHORITY));
        KIND_COLUMNS.put("allowed_address", EnumSet.of(AssetKind.NETWORK_ALLOWANCE));
    }

    private AssetRows() {}

    static Asset asset(TableRow r, Map<String, Organisation> organisations, Map<String, Person> people) {
        AssetKind kind = r.enumOf("kind", AssetKind.class);
        AssetSubtype subtype = r.enumOf("subtype", AssetSubtype.class);
        if (kind != null && subtype != null && subtype.kind() != kind) {
            r.problem(
                    "subtype",
                    r.shown(subtype) + " is not a subtype of " + r.shown(kind) + "; use one of "
                            + r.shown(AssetSubtype.of(kind)));
            return null;
        }
        if (subtype != null && !onlyItsKindsColumns(r, subtype.kind())) {
            return null;
        }
        Organisation vendor = r.ref("vendor", organisations, "organisations.csv");
        Person owner = r.ref("owner", people, "people.csv");
        Person setUpBy = r.ref("set_up_by", people, "people.csv");
        return r.build(() -> new Asset(
                AssetId.random(),
                r.required("name"),
                subtype,
                r.enumOf("criticality", Criticality.class),
                r.text("system"),
                vendor == null ? null : vendor.id(),
                owner == null ? null : owner.id(),
                setUpBy == null ? null : setUpBy.id(),
                r.integer("rotation_interval_days"),
                r.text("rotation_procedure"),
                r.text("value_location"),
                r.text("recovery_email"),
                r.text("recovery_phone"),
                r.text("notes"),
                subtype == null ? null : details(r, subtype.kind())));
    }

    private static AssetDetails details(TableRow r, AssetKind kind) {
        return switch (kind) {
            case PRIVILEGED_ACCOUNT ->
                new AssetDetails.PrivilegedAccount(Boolean.TRUE.equals(r.bool("personal_account")));
            case SHARED_SECRET -> new AssetDetails.SharedSecret();
            case HOSTING_LOGIN -> new AssetDetails.HostingLogin(r.date("renewal_date"), r.date("expiry_date"));
            case PHYSICAL_KEY ->
                new AssetDetails.PhysicalKey(
                        r.text("key_number"),
                        r.text("opens"),
                        orDefault(r.integer("copies_issued"), 1),
                        orDefault(r.integer("copies_returned"), 0));
            case ALARM_CODE -> new AssetDetails.AlarmCode(r.text(panelColumn(r)));
            case PURCHASING_AUTHORITY ->
                new AssetDetails.PurchasingAuthority(
                        r.text("reference"),
                        r.decimal("spending_limit"),
                        r.date("renewal_date"),
                        r.date("expiry_date"));
            case NETWORK_ALLOWANCE -> new AssetDetails.NetworkAllowance(r.text("allowed_address"));
            case PHONE_SYSTEM -> new AssetDetails.PhoneSystem(r.text("reference"));
        };
    }

    /**
     * The columns only some kinds have must stay empty for the others: a key number typed on a shared secret
     * would otherwise vanish without a word, and the preview would not show the edit.
     */
    private static boolean onlyItsKindsColumns(TableRow r, AssetKind kind) {
        boolean ok = true;
        for (Map.Entry<String, Set<AssetKind>> column : KIND_COLUMNS.entrySet()) {
            boolean belongs = column.getValue().contains(kind)
                    || column.getKey().equals("opens")
                            && kind == AssetKind.ALARM_CODE
                            && panelColumn(r).equals("opens");
            if (!belongs && r.has(column.getKey())) {
                r.problem(
                        column.getKey(),
                        "a " + r.shown(kind) + " has no such field; leave it empty (it belongs to "
                                + r.shown(column.getValue()) + ")");
                ok = false;
            }
        }
        return ok;
    }

    /** The CSV set keeps an alarm code's panel in {@code opens}; the workbook has its own column. */
    private static String panelColumn(TableRow r) {
        return r.hasColumn(ALARM_PANEL) ? ALARM_PANEL : "opens";
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    static Custody custody(
            TableRow r, Map<String, Asset> assets, Map<String, Person> people, Map<String, Group> groups) {
        Asset asset = r.ref("asset", assets, "assets.csv");
        Principal holder = PeopleRows.principal(r, "holder_person", "holder_group", people, groups);
        return r.build(() -> new Custody(
                CustodyId.random(),
                asset == null ? null : asset.id(),
                holder,
                r.enumOf("role", CustodyRole.class),
                r.date("from"),
                r.date("until"),
                r.enumOf("end_reason", EndReason.class),
                r.integer("copies"),
                r.text("note")));
    }

    static Grant grant(TableRow r, Map<String, Asset> assets) {
        Asset from = r.ref("from_asset", assets, "assets.csv");
        Asset to = r.ref("to_asset", assets, "assets.csv");
        return r.build(() -> new Grant(
                GrantId.random(),
                from == null ? null : from.id(),
                to == null ? null : to.id(),
                r.enumOf("kind", GrantKind.class),
                r.date("from"),
                r.date("until"),
                r.text("note")));
    }

    static Rotation rotation(TableRow r, Map<String, Asset> assets, Map<String, Person> people) {
        Asset asset = r.ref("asset", assets, "assets.csv");
        Person by = r.ref("by", people, "people.csv");
        return r.build(() -> new Rotation(
                RotationId.random(),
                asset == null ? null : asset.id(),
                r.enumOf("kind", RotationKind.class),
                r.date("on"),
                by == null ? null : by.id(),
                r.text("note")));
    }
}
