package org.custodian.analysis;

import org.custodian.analysis.Fixture.FixtureCustody;
import org.custodian.analysis.Fixture.FixtureMembership;
import org.custodian.model.CustodyRole;
import org.custodian.model.Group;
import org.custodian.model.GroupId;

/** A group in a {@link Fixture}; it holds assets and belongs to other groups like a person. */
final class FixtureGroup {
    private final Fixture fixture;
    private final String name;
    private final GroupId id;

    FixtureGroup(Fixture fixture, String name) {
        this.fixture = fixture;
        this.name = name;
        this.id = new GroupId(Fixture.uuid("group", name));
    }

    GroupId id() {
        return id;
    }

    FixtureCustody holds(FixtureAsset asset) {
        return custody(asset, CustodyRole.HOLDS);
    }

    FixtureCustody custody(FixtureAsset asset, CustodyRole role) {
        return FixturePerson.custody(fixture, id, asset, role);
    }

    FixtureMembership memberOf(FixtureGroup group) {
        return FixturePerson.membership(fixture, group, id);
    }

    Group build() {
        return new Group(id, name, null);
    }
}
