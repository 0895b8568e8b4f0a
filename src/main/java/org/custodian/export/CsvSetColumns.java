package org.custodian.export;

import java.util.List;

/**
 * The column names of the documented CSV set (sample-data/README.md) for the record types a user fills in
 * by hand: one list read by the importer and written as the template's headers, so the two never drift.
 */
public final class CsvSetColumns {
    public static final List<String> ORGANISATIONS = List.of("name", "kind", "contact", "notes");
    public static final List<String> PEOPLE = List.of(
            "name",
            "kind",
            "organisation",
            "job_title",
            "status",
            "last_day",
            "departed_on",
            "work_email",
            "personal_contact",
            "user_names",
            "notes");
    public static final List<String> ASSETS = List.of(
            "name",
            "kind",
            "subtype",
            "system",
            "vendor",
            "criticality",
            "owner",
            "set_up_by",
            "rotation_interval_days",
            "rotation_procedure",
            "value_location",
            "recovery_email",
            "recovery_phone",
            "personal_account",
            "renewal_date",
            "expiry_date",
            "key_number",
            "opens",
            "copies_issued",
            "copies_returned",
            "reference",
            "spending_limit",
            "allowed_address",
            "notes");

    private CsvSetColumns() {}
}
