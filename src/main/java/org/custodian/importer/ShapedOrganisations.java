package org.custodian.importer;

import static org.custodian.importer.SpreadsheetContent.or;

import org.custodian.model.Organisation;
import org.custodian.model.OrganisationId;
import org.custodian.model.OrganisationKind;

/** A row of a list of companies (suppliers, providers, the bank) as an organisation; a new one is OTHER. */
final class ShapedOrganisations {
    private ShapedOrganisations() {}

    static void read(MappedRow r, SpreadsheetContent content) {
        String name = r.text("name");
        if (name == null) {
            r.problem("name", "a name is required; fill it in or leave the row out.");
            return;
        }
        if (!content.firstTime(r, name, "name")) {
            return;
        }
        Organisation old = content.existingOrganisation(name);
        OrganisationKind kind = r.choice("kind", OrganisationKind.class);
        Organisation organisation = r.build(() -> new Organisation(
                old == null ? OrganisationId.random() : old.id(),
                old == null ? name : old.name(),
                or(kind, old == null ? null : old.kind(), OrganisationKind.OTHER),
                or(r.text("contact"), old == null ? null : old.contact(), null),
                or(r.text("notes"), old == null ? null : old.notes(), null)));
        if (organisation != null) {
            content.addOrganisation(organisation);
        }
    }
}
