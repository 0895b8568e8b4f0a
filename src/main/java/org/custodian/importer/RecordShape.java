package org.custodian.importer;

import java.util.List;

/**
 * The records a user's own spreadsheet can bring in, and for each the fields a column can fill: the column
 * names of the documented CSV set (sample-data/README.md), plus what user lists carry instead (a first and a
 * last name, one log-in name). Each field lists the headers other tools use for it; headers are compared
 * without case, spaces, underscores or punctuation, so "First Name", "first_name" and "FIRSTNAME" are one.
 */
public enum RecordShape {
    ORGANISATIONS(
            "Organisations",
            List.of(
                    field("name", "organisation", "organization", "company", "company name", "vendor", "supplier"),
                    field("kind", "type", "category", "organisation kind", "organization type"),
                    field("contact", "phone", "email", "e-mail", "support contact", "contact details"),
                    field("notes", "note", "comments", "comment", "remarks", "description"))),
    PEOPLE(
            "People",
            List.of(
                    field("name", "full name", "display name", "employee name", "person", "displayname"),
                    field("first_name", "first name", "firstname", "given name", "givenname", "forename", "first"),
                    field("last_name", "last name", "lastname", "surname", "family name", "sn", "last"),
                    field("kind", "person kind", "type", "employment type", "employee type", "worker type"),
                    field("organisation", "organization", "company", "company name", "employer", "provider"),
                    field("job_title", "jobtitle", "title", "position", "job", "role"),
                    field("status", "employment status", "state"),
                    field("last_day", "leaving date", "last working day", "end date", "leave date"),
                    field("departed_on", "departed", "left on", "termination date", "date left"),
                    field("work_email", "email", "e-mail", "mail", "email address", "work e-mail", "business email"),
                    field("personal_contact", "personal email", "private email", "personal phone", "private phone"),
                    field("user_names"),
                    field("user_name", "username", "login", "login name", "account name", "samaccountname", "userid"),
                    field("notes", "note", "comments", "comment", "remarks"))),
    ASSETS(
            "Assets",
            List.of(
                    field("name", "asset", "asset name", "title"),
                    field("kind", "asset kind", "type", "asset type", "category"),
                    field("subtype", "sub type", "asset subtype"),
                    field("system", "site", "location", "service", "application", "host", "url"),
                    field("vendor", "supplier", "provider", "manufacturer", "company"),
                    field("criticality", "importance", "priority", "risk"),
                    field("owner", "owned by", "responsible", "accountable"),
                    field("set_up_by", "setup by", "created by", "configured by"),
                    field("rotation_interval_days", "rotation interval", "rotation days", "rotate every days"),
                    field("rotation_procedure", "how to rotate", "rotation"),
                    field("value_location", "stored in", "kept in", "where kept", "password location", "vault"),
                    field("recovery_email", "recovery e-mail", "reset email"),
                    field("recovery_phone", "reset phone", "mfa phone"),
                    field("personal_account"),
                    field("renewal_date", "renewal", "renews on", "renews"),
                    field("expiry_date", "expiry", "expires", "expires on", "expiration date", "expiration"),
                    field("key_number", "key no", "serial", "serial number", "asset tag"),
                    field("opens"),
                    field("copies_issued", "copies"),
                    field("copies_returned", "returned"),
                    field("reference", "ref", "account number", "extension"),
                    field("spending_limit", "limit", "credit limit"),
                    field("allowed_address", "ip", "ip address", "allowed ip", "mac address", "address"),
                    field("notes", "note", "comments", "comment", "remarks", "description")));

    /** One field a column can fill: its name in the CSV set and the headers it is also known by. */
    public record Field(String name, List<String> synonyms) {
        boolean matches(String header) {
            String h = ColumnMapping.normal(header);
            return !h.isEmpty()
                    && (h.equals(ColumnMapping.normal(name))
                            || synonyms.stream().anyMatch(s -> h.equals(ColumnMapping.normal(s))));
        }
    }

    private final String sheet;
    private final List<Field> fields;

    RecordShape(String sheet, List<Field> fields) {
        this.sheet = sheet;
        this.fields = fields;
    }

    /** The sheet read from a workbook that has one by this name (the template's), else its first sheet. */
    public String sheet() {
        return sheet;
    }

    public List<Field> fields() {
        return fields;
    }

    /** "people", as the command and the messages say it. */
    public String noun() {
        return sheet.toLowerCase(java.util.Locale.ROOT);
    }

    private static Field field(String name, String... synonyms) {
        return new Field(name, List.of(synonyms));
    }
}
