package org.custodian.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.custodian.analysis.Fixture.FixtureCustody;
import org.custodian.analysis.Fixture.FixtureMembership;
import org.custodian.model.Custody;
import org.custodian.model.CustodyId;
import org.custodian.model.CustodyRole;
import org.custodian.model.Membership;
import org.custodian.model.MembershipId;
import org.custodian.model.OrganisationId;
import org.custodian.model.Person;
import org.custodian.model.PersonId;
import org.custodian.model.PersonKind;
import org.custodian.model.PersonStatus;
import org.custodian.model.Principal;
import org.custodian.model.UserName;

/** A person in a {@link Fixture}: active employee unless told otherwise. */
final class FixturePerson {
    private final Fixture fixture;
    private final String name;
    private final PersonId id;
    private OrganisationId organisation;
    private PersonStatus status = PersonStatus.ACTIVE;
    private LocalDate lastDay;
    private LocalDate departedOn;
    private String personalContact;
    private final List<UserName> userNames = new ArrayList<>();

    FixturePerson(Fixture fixture, String name) {
        this.fixture = fixture;
        this.name = name;
        this.id = new PersonId(Fixture.uuid("person", name));
    }

    PersonId id() {
        return id;
    }

    String name() {
        return name;
    }

    FixtureCustody holds(FixtureAsset asset) {
        return custody(asset, CustodyRole.HOLDS);
    }

    FixtureCustody custody(FixtureAsset asset, CustodyRole role) {
        return custody(fixture, id, asset, role);
    }

    FixtureMembership memberOf(FixtureGroup group) {
        return membership(fixture, group, id);
    }

    FixturePerson of(OrganisationId company) {
        organisation = company;
        return this;
    }

    FixturePerson departed(LocalDate day) {
        status = PersonStatus.DEPARTED;
        departedOn = day;
        lastDay = day;
        return this;
    }

    FixturePerson leaving(LocalDate day) {
        status = PersonStatus.LEAVING;
        lastDay = day;
        return this;
    }

    FixturePerson personalContact(String contact) {
        personalContact = contact;
        return this;
    }

    FixturePerson userName(String system, String userName) {
        userNames.add(new UserName(system, userName));
        return this;
    }

    Person build() {
        PersonKind kind = organisation == null ? PersonKind.EMPLOYEE : PersonKind.EXTERNAL_PROVIDER;
        return new Person(
                id,
                name,
                kind,
                organisation,
                null,
                status,
                lastDay,
                departedOn,
                name.toLowerCase().replace(' ', '.') + "@fixture.example",
                personalContact,
                userNames,
                null);
    }

    static FixtureCustody custody(Fixture fixture, Principal holder, FixtureAsset asset, CustodyRole role) {
        FixtureCustody custody = new FixtureCustody(new Custody(
                new CustodyId(fixture.next("custody")),
                asset.id(),
                holder,
                role,
                Fixture.START,
                null,
                null,
                null,
                null));
        fixture.custody.add(custody);
        return custody;
    }

    static FixtureMembership membership(Fixture fixture, FixtureGroup group, Principal member) {
        FixtureMembership membership = new FixtureMembership(
                new Membership(new MembershipId(fixture.next("membership")), group.id(), member, Fixture.START, null));
        fixture.memberships.add(membership);
        return membership;
    }
}
