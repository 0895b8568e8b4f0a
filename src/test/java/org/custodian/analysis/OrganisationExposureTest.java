package org.custodian.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.custodian.model.OrganisationId;
import org.custodian.model.Person;
import org.junit.jupiter.api.Test;

class OrganisationExposureTest {
    @Test
    void organisationExposureNamesThroughWhomAndKeepsTheBestReach() {
        Fixture f = new Fixture();
        OrganisationId fellside = f.organisation("Fellside IT");
        f.person("Kevin").of(fellside).holds(f.secret("Domain admin")).until(LocalDate.of(2025, 1, 1));
        f.person("Marco").of(fellside).holds(f.secret("Domain admin"));
        f.person("Marco").holds(f.secret("Firewall"));
        f.person("Helen").holds(f.secret("Bank"));

        OrganisationExposure exposure = f.reachability().exposureOf(fellside);

        assertEquals(
                List.of("Kevin", "Marco"),
                exposure.people().stream().map(Person::name).toList());
        assertEquals(
                List.of("Domain admin", "Firewall"),
                exposure.reaches().stream().map(r -> r.asset().name()).toList());
        OrganisationReach domainAdmin = exposure.reaches().get(0);
        assertEquals(
                List.of("Kevin", "Marco"),
                domainAdmin.through().stream().map(Person::name).toList());
        assertEquals(ExposureLevel.CAN_REACH_NOW, domainAdmin.level());
        assertEquals("Marco", domainAdmin.best().person().name());
        assertEquals("Marco knows Domain admin (custody: holds) (also reachable by Kevin)", domainAdmin.sentence());
        assertEquals(
                List.of("Marco"),
                exposure.reaches().get(1).through().stream().map(Person::name).toList());
    }

    @Test
    void organisationResultsComeStrongestFirst() {
        Fixture f = new Fixture();
        OrganisationId fellside = f.organisation("Fellside IT");
        f.person("Kevin").of(fellside).holds(f.secret("A")).until(LocalDate.of(2025, 1, 1));
        f.person("Kevin").holds(f.secret("B"));

        OrganisationExposure exposure = f.reachability().exposureOf(fellside);

        assertEquals(
                List.of("B", "A"),
                exposure.reaches().stream().map(r -> r.asset().name()).toList());
    }
}
