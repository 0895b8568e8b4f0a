package org.custodian.model;

/** A company people belong to or deal with: the external IT provider, the bank, the alarm company. */
public record Organisation(OrganisationId id, String name, OrganisationKind kind, String contact, String notes) {
    public Organisation {
        name = Rules.clean(name);
        contact = Rules.clean(contact);
        notes = Rules.clean(notes);
        Rules.check()
                .present(id, "id", "An organisation needs an id")
                .notBlank(name, "name", "An organisation needs a name")
                .maxLength(name, 200, "name", "An organisation's name")
                .present(kind, "kind", "Choose what kind of organisation this is")
                .orThrow();
    }
}
