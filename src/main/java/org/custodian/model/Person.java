package org.custodian.model;

import java.time.LocalDate;
import java.util.List;

/** Someone who can hold access: employee, contractor, or a technician of an external provider. */
public record Person(
        PersonId id,
        String name,
        PersonKind kind,
        OrganisationId organisation,
        String jobTitle,
        PersonStatus status,
        LocalDate lastDay,
        LocalDate departedOn,
        String workEmail,
        String personalContact,
        List<UserName> userNames,
        String notes) {
    public Person {
        name = Rules.clean(name);
        jobTitle = Rules.clean(jobTitle);
        workEmail = Rules.clean(workEmail);
        personalContact = Rules.clean(personalContact);
        notes = Rules.clean(notes);
        userNames = userNames == null ? List.of() : List.copyOf(userNames);
        Rules.check()
                .present(id, "id", "A person needs an id")
                .notBlank(name, "name", "A person needs a name")
                .maxLength(name, 200, "name", "A name")
                .present(kind, "kind", "Choose whether this person is an employee, contractor or external provider")
                .present(status, "status", "Choose the person's status")
                .require(
                        kind != PersonKind.EXTERNAL_PROVIDER || organisation != null,
                        "organisation",
                        "An external provider must name their organisation")
                .require(
                        status != PersonStatus.LEAVING || lastDay != null,
                        "lastDay",
                        "A leaving person needs a last day")
                .require(
                        status != PersonStatus.DEPARTED || departedOn != null,
                        "departedOn",
                        "A departed person needs the date they left")
                .require(
                        status == PersonStatus.DEPARTED || departedOn == null,
                        "departedOn",
                        "Only a departed person has a departure date")
                .orThrow();
    }

    public boolean isGone() {
        return status == PersonStatus.DEPARTED;
    }
}
