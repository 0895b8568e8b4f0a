package org.custodian.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the sheets of the workbook {@code export inventory} writes (export/InventoryWorkbook) map onto the
 * record types of the CSV set: each sheet's column headers and the CSV column each one fills. A few columns
 * are only there for the reader (how many members a group has now, when an asset was last rotated) and are
 * skipped. A holder or member is one column plus a "Person"/"Group" column, which the CSV set splits in two.
 */
final class InventorySheets {
    /** The workbook column read but not imported: it is worked out from other records. */
    static final String DERIVED = "";

    /** One sheet: its name, the CSV file it stands for, its headers in export order with their CSV columns. */
    record Layout(String sheet, String file, Map<String, String> headers, Principal principal) {
        String firstHeader() {
            return headers.keySet().iterator().next();
        }

        /** The header that shows a CSV column, for messages; a split principal shows as its one column. */
        String headerOf(String column) {
            if (principal != null
                    && (column.equals(principal.personColumn()) || column.equals(principal.groupColumn()))) {
                return principal.nameHeader();
            }
            for (Map.Entry<String, String> header : headers.entrySet()) {
                if (header.getValue().equals(column)) {
                    return header.getKey();
                }
            }
            return column;
        }
    }

    /** A holder or member: the name, and whether it is a "Person" or a "Group", into one of two CSV columns. */
    record Principal(String nameHeader, String kindHeader, String personColumn, String groupColumn) {}

    static final List<Layout> ALL = List.of(
            layout(
                    "Organisations",
                    "organisations.csv",
                    null,
                    "Name",
                    "name",
                    "Kind",
                    "kind",
                    "Contact",
                    "contact",
                    "Notes",
                    "notes"),
            layout(
                    "People",
                    "people.csv",
                    null,
                    "Name",
                    "name",
                    "Kind",
                    "kind",
                    "Organisation",
                    "organisation",
                    "Job title",
                    "job_title",
                    "Status",
                    "status",
                    "Last day",
                    "last_day",
                    "Departed on",
                    "departed_on",
                    "Work email",
                    "work_email",
                    "Personal contact",
                    "personal_contact",
                    "User names",
                    "user_names",
                    "Notes",
                    "notes"),
            layout(
                    "Groups",
                    "groups.csv",
                    null,
                    "Group",
                    "name",
                    "Description",
                    "description",
                    "Current members",
                    DERIVED),
            layout(
                    "Memberships",
                    "memberships.csv",
                    new Principal("Member", "Member is", "member_person", "member_group"),
                    "Group",
                    "group",
                    "Member",
                    DERIVED,
                    "Member is",
                    DERIVED,
                    "From",
                    "from",
                    "Until",
                    "until"),
            layout(
                    "Assets",
                    "assets.csv",
                    null,
                    "Asset",
                    "name",
                    "Kind",
                    "kind",
                    "Type",
                    "subtype",
                    "Criticality",
                    "criticality",
                    "System / location",
                    "system",
                    "Vendor",
                    "vendor",
                    "Owner",
                    "owner",
                    "Set up by",
                    "set_up_by",
                    "Last rotated",
                    DERIVED,
                    "Rotate every (days)",
                    "rotation_interval_days",
                    "Rotation procedure",
                    "rotation_procedure",
                    "Where the value is kept",
                    "value_location",
                    "Recovery email",
                    "recovery_email",
                    "Recovery phone",
                    "recovery_phone",
                    "Personal account",
                    "personal_account",
                    "Renewal",
                    "renewal_date",
                    "Expiry",
                    "expiry_date",
                    "Key number",
                    "key_number",
                    "Opens",
                    "opens",
                    "Copies issued",
                    "copies_issued",
                    "Copies returned",
                    "copies_returned",
                    "Alarm panel",
                    AssetRows.ALARM_PANEL,
                    "Reference",
                    "reference",
                    "Spending limit",
                    "spending_limit",
                    "Allowed address",
                    "allowed_address",
                    "Notes",
                    "notes"),
            layout(
                    "Custody",
                    "custody.csv",
                    new Principal("Holder", "Holder is", "holder_person", "holder_group"),
                    "Asset",
                    "asset",
                    "Holder",
                    DERIVED,
                    "Holder is",
                    DERIVED,
                    "Role",
                    "role",
                    "From",
                    "from",
                    "Until",
                    "until",
                    "How it ended",
                    "end_reason",
                    "Copies",
                    "copies",
                    "Note",
                    "note"),
            layout(
                    "Grants",
                    "grants.csv",
                    null,
                    "From asset",
                    "from_asset",
                    "Gives",
                    "kind",
                    "To asset",
                    "to_asset",
                    "Since",
                    "from",
                    "Until",
                    "until",
                    "Note",
                    "note"),
            layout(
                    "Rotations",
                    "rotations.csv",
                    null,
                    "Asset",
                    "asset",
                    "What was done",
                    "kind",
                    "On",
                    "on",
                    "By",
                    "by",
                    "Note",
                    "note"));

    private InventorySheets() {}

    static Layout of(String file) {
        return ALL.stream().filter(l -> l.file().equals(file)).findFirst().orElseThrow();
    }

    private static Layout layout(String sheet, String file, Principal principal, String... pairs) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            headers.put(pairs[i], pairs[i + 1]);
        }
        return new Layout(sheet, file, headers, principal);
    }
}
