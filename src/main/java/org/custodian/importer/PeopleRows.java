package org.custodian.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custodian.model.Group;
import org.custodian.model.Membership;
import org.custodian.model.MembershipId;
import org.custodian.model.Organisation;
import org.custodian.model.Person;
import org.custodian.model.PersonId;
import org.custodian.model.PersonKind;
import org.custodian.model.PersonStatus;
import org.custodian.model.Principal;
import org.custodian.model.UserName;

/** Rows of people.csv and memberships.csv turned into model records. */
final class PeopleRows {
    private PeopleRows() {}

    static Person person(TableRow r, Map<String, Organisation> organisations) {
        Organisation organisation = r.ref("organisation", organisations, "organisations.csv");
        List<UserName> userNames = userNames(r);
        PersonKind kind = r.enumOf("kind", PersonKind.class);
        PersonStatus status = r.enumOf("status", PersonStatus.class);
        return r.build(() -> new Person(
                PersonId.random(),
                r.required("name"),
                kind,
                organisation == null ? null : organisation.id(),
                r.text("job_title"),
                status,
                r.date("last_day"),
                r.date("departed_on"),
                r.text("work_email"),
                r.text("personal_contact"),
                userNames,
                r.text("notes")));
    }

    /** "Microsoft 365=marco.rossi; Domain=mrossi" → one user name per system. */
    private static List<UserName> userNames(TableRow r) {
        List<UserName> names = new ArrayList<>();
        String cell = r.text("user_names");
        if (cell == null) {
            return names;
        }
        for (String pair : cell.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                r.problem("user_names", "\"" + pair.strip() + "\" must look like system=user");
                continue;
            }
            if (eq > CellLimits.USER_NAME || pair.length() - eq - 1 > CellLimits.USER_NAME) {
                r.problem("user_names", "a system or user name can be at most " + CellLimits.USER_NAME + " characters");
                continue;
            }
            UserName name = r.build(() -> new UserName(pair.substring(0, eq), pair.substring(eq + 1)));
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    static Membership membership(TableRow r, Map<String, Group> groups, Map<String, Person> people) {
        Group group = r.ref("group", groups, "groups.csv");
        Principal member = principal(r, "member_person", "member_group", people, groups);
        return r.build(() -> new Membership(
                MembershipId.random(), group == null ? null : group.id(), member, r.date("from"), r.date("until")));
    }

    /** Exactly one of the two columns names a person or a group. */
    static Principal principal(
            TableRow r,
            String personColumn,
            String groupColumn,
            Map<String, Person> people,
            Map<String, Group> groups) {
        boolean hasPerson = r.text(personColumn) != null;
        boolean hasGroup = r.text(groupColumn) != null;
        if (hasPerson == hasGroup) {
            r.problem(personColumn, "fill in exactly one of " + personColumn + " and " + groupColumn);
            return null;
        }
        if (hasPerson) {
            Person person = r.ref(personColumn, people, "people.csv");
            return person == null ? null : person.id();
        }
        Group group = r.ref(groupColumn, groups, "groups.csv");
        return group == null ? null : group.id();
    }
}
