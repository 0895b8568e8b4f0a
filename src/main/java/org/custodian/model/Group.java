package org.custodian.model;

/** A role such as "IT admins"; members hold whatever the group holds. */
public record Group(GroupId id, String name, String description) {
    public Group {
        name = Rules.clean(name);
        description = Rules.clean(description);
        Rules.check()
                .present(id, "id", "A group needs an id")
                .notBlank(name, "name", "A group needs a name")
                .maxLength(name, 200, "name", "A group's name")
                .orThrow();
    }
}
