package org.custodian.service;

import java.time.LocalDate;
import java.util.List;
import org.custodian.model.Group;
import org.custodian.model.Membership;
import org.custodian.model.MembershipId;
import org.custodian.storage.Database;

/** Groups and who belonged to them when. */
public final class GroupService {
    private final Database database;
    private final Repositories repositories;

    GroupService(Database database, Repositories repositories) {
        this.database = database;
        this.repositories = repositories;
    }

    public void createGroup(Group group) {
        database.write(tx -> {
            Names.requireUnique(repositories.groups().findAll(tx), Group::name, Group::id, group, "a group");
            repositories.groups().add(tx, group);
            return null;
        });
    }

    public void addMember(Membership membership) {
        database.write(tx -> {
            repositories.groups().addMembership(tx, membership);
            return null;
        });
    }

    public Membership endMembership(MembershipId id, LocalDate on) {
        return database.write(tx -> {
            Membership current = repositories
                    .groups()
                    .findMembership(tx, id)
                    .orElseThrow(() ->
                            CustodyService.invalid("membership", "That membership is no longer in the inventory"));
            if (current.until() != null) {
                throw CustodyService.invalid("until", "This membership already ended on " + current.until());
            }
            Membership ended = current.endedOn(on);
            repositories.groups().endMembership(tx, ended);
            return ended;
        });
    }

    public List<Group> groups() {
        return database.read(repositories.groups()::findAll);
    }

    public List<Membership> memberships() {
        return database.read(repositories.groups()::findAllMemberships);
    }

    public Group groupNamed(String name) {
        return Names.require(groups(), Group::name, name, "group");
    }
}
