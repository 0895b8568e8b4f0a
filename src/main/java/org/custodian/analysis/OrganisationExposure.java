package org.custodian.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.custodian.model.Organisation;
import org.custodian.model.Person;

/**
 * What an organisation (typically the external IT provider) reaches through all of its people:
 * one entry per asset, strongest level first, then by asset name, each saying through whom.
 */
public record OrganisationExposure(
        Organisation organisation, LocalDate asOf, List<Person> people, List<OrganisationReach> reaches) {
    public OrganisationExposure {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(asOf, "asOf");
        people = List.copyOf(people);
        reaches = List.copyOf(reaches);
    }
}
