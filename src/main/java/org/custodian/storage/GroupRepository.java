package org.custodian.storage;

import static org.custodian.storage.schema.Tables.ACCESS_GROUP;
import static org.custodian.storage.schema.Tables.MEMBERSHIP;

import java.util.List;
import java.util.Optional;
import org.custodian.model.Group;
import org.custodian.model.GroupId;
import org.custodian.model.Membership;
import org.custodian.model.MembershipId;
import org.custodian.storage.schema.tables.records.AccessGroupRecord;
import org.custodian.storage.schema.tables.records.MembershipRecord;

/** Groups and their dated memberships; a membership is ended, never deleted. */
public final class GroupRepository {
    public void add(Tx tx, Group group) {
        tx.dsl().executeInsert(new AccessGroupRecord(group.id().value(), group.name(), group.description()));
        tx.audit("CREATE", "group", group.id(), null, group);
    }

    public void update(Tx tx, Group group) {
        Group before = find(tx, group.id()).orElseThrow();
        tx.dsl().executeUpdate(new AccessGroupRecord(group.id().value(), group.name(), group.description()));
        tx.audit("UPDATE", "group", group.id(), before, group);
    }

    public Optional<Group> find(Tx tx, GroupId id) {
        return tx.dsl()
                .selectFrom(ACCESS_GROUP)
                .where(ACCESS_GROUP.ID.eq(id.value()))
                .fetchOptional()
                .map(GroupRepository::toModel);
    }

    public List<Group> findAll(Tx tx) {
        return tx.dsl().selectFrom(ACCESS_GROUP).orderBy(ACCESS_GROUP.NAME).fetch(GroupRepository::toModel);
    }

    public void addMembership(Tx tx, Membership membership) {
        tx.dsl().executeInsert(toRecord(membership));
        tx.audit("CREATE", "membership", membership.id(), null, membership);
    }

    /** Many new memberships at once: the same rows and audit entries as {@link #addMembership} for each. */
    public void addMemberships(Tx tx, List<Membership> memberships) {
        BulkInsert.created(tx, MEMBERSHIP, "membership", memberships, GroupRepository::toRecord, Membership::id);
    }

    public void endMembership(Tx tx, Membership ended) {
        Membership before = findMembership(tx, ended.id()).orElseThrow();
        tx.dsl()
                .update(MEMBERSHIP)
                .set(MEMBERSHIP.UNTIL_DATE, ended.until())
                .where(MEMBERSHIP.ID.eq(ended.id().value()))
                .execute();
        tx.audit("END", "membership", ended.id(), before, ended);
    }

    public Optional<Membership> findMembership(Tx tx, MembershipId id) {
        return tx.dsl()
                .selectFrom(MEMBERSHIP)
                .where(MEMBERSHIP.ID.eq(id.value()))
                .fetchOptional()
                .map(GroupRepository::toModel);
    }

    public List<Membership> findAllMemberships(Tx tx) {
        return tx.dsl()
                .selectFrom(MEMBERSHIP)
                .orderBy(MEMBERSHIP.FROM_DATE, MEMBERSHIP.ID)
                .fetch(GroupRepository::toModel);
    }

    private static MembershipRecord toRecord(Membership m) {
        return new MembershipRecord(
                m.id().value(),
                m.group().value(),
                Columns.person(m.member()),
                Columns.group(m.member()),
                m.from(),
                m.until());
    }

    private static Group toModel(AccessGroupRecord r) {
        return new Group(new GroupId(r.getId()), r.getName(), r.getDescription());
    }

    private static Membership toModel(MembershipRecord r) {
        return new Membership(
                new MembershipId(r.getId()),
                new GroupId(r.getGroupId()),
                Columns.principal(r.getMemberPersonId(), r.getMemberGroupId()),
                r.getFromDate(),
                r.getUntilDate());
    }
}
