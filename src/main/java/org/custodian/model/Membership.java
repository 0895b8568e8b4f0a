package org.custodian.model;

import java.time.LocalDate;

/** A person or nested group in a group from one date until another (open-ended while current). */
public record Membership(MembershipId id, GroupId group, Principal member, LocalDate from, LocalDate until) {
    public Membership {
        Rules.check()
                .present(id, "id", "A membership needs an id")
                .present(group, "group", "A membership must name its group")
                .present(member, "member", "A membership must name a person or a group")
                .require(
                        !(member instanceof GroupId g && g.equals(group)),
                        "member",
                        "A group cannot be a member of itself")
                .present(from, "from", "A membership needs a start date")
                .ordered(from, until, "until", "A membership cannot end before it starts")
                .orThrow();
    }

    public boolean activeOn(LocalDate day) {
        return !from.isAfter(day) && (until == null || until.isAfter(day));
    }

    public Membership endedOn(LocalDate day) {
        return new Membership(id, group, member, from, day);
    }
}
