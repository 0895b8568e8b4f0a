package org.custodian.importer;

import static org.custodian.importer.SpreadsheetContent.or;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custodian.model.OrganisationId;
import org.custodian.model.OrganisationKind;
import org.custodian.model.Person;
import org.custodian.model.PersonId;
import org.custodian.model.PersonKind;
import org.custodian.model.PersonStatus;
import org.custodian.model.UserName;

/**
 * A row of a user list or HR list as a person. A new person is an active employee unless the row says
 * otherwise; a leaving date makes them leaving and a departure date departed when no status column says.
 */
final class ShapedPeople {
    private ShapedPeople() {}

    static void read(MappedRow r, SpreadsheetContent content, String userSystem) {
        String name = name(r);
        if (name == null || !content.firstTime(r, name, nameField(r))) {
            return;
        }
        Person old = content.existingPeople.get(name.toLowerCase(Locale.ROOT));
        String company = ownCompany(r.text("organisation"), content);
        OrganisationId organisation = company == null
                ? old == null ? null : old.organisation()
                : content.organisation(company, OrganisationKind.OTHER).id();
        PersonKind kind = r.choice("kind", PersonKind.class);
        java.time.LocalDate lastDay = r.date("last_day");
        java.time.LocalDate departedOn = r.date("departed_on");
        PersonStatus status = status(r, departedOn, lastDay);
        PersonStatus newStatus = or(status, old == null ? null : old.status(), PersonStatus.ACTIVE);
        // someone taken back on keeps no departure date; one the file itself gives is still checked
        java.time.LocalDate departed = newStatus == PersonStatus.DEPARTED
                ? or(departedOn, old == null ? null : old.departedOn(), null)
                : departedOn;
        List<UserName> userNames = userNames(r, old == null ? List.of() : old.userNames(), userSystem);
        Person person = r.build(() -> new Person(
                old == null ? PersonId.random() : old.id(),
                old == null ? name : old.name(),
                or(kind, old == null ? null : old.kind(), PersonKind.EMPLOYEE),
                organisation,
                or(r.text("job_title"), old == null ? null : old.jobTitle(), null),
                newStatus,
                or(lastDay, old == null ? null : old.lastDay(), null),
                departed,
                or(r.text("work_email"), old == null ? null : old.workEmail(), null),
                or(r.text("personal_contact"), old == null ? null : old.personalContact(), null),
                userNames,
                or(r.text("notes"), old == null ? null : old.notes(), null)));
        if (person != null) {
            content.people.add(person);
        }
    }

    /**
     * Directory and asset tools put everyone's employer in the company column, most often the inventory's
     * own company; that is no organisation to link (it would make every employee an outside party).
     */
    private static String ownCompany(String company, SpreadsheetContent content) {
        boolean own = company != null
                && content.inventory.info() != null
                && company.equalsIgnoreCase(content.inventory.info().name());
        return own ? null : company;
    }

    /** The name column, or first and last name joined: "Ada" + "Lovelace" is "Ada Lovelace". */
    private static String name(MappedRow r) {
        String name = r.text("name");
        if (name == null) {
            String first = r.text("first_name");
            String last = r.text("last_name");
            name = first == null ? last : last == null ? first : first + " " + last;
        }
        if (name == null) {
            r.problem(nameField(r), "a name is required; fill it in or leave the row out.");
        }
        return name;
    }

    private static String nameField(MappedRow r) {
        return r.hasColumn("name") || !r.hasColumn("first_name") ? "name" : "first_name";
    }

    private static PersonStatus status(MappedRow r, java.time.LocalDate departedOn, java.time.LocalDate lastDay) {
        PersonStatus status = r.choice("status", PersonStatus.class);
        if (status != null || r.hasColumn("status")) {
            return status;
        }
        return departedOn != null ? PersonStatus.DEPARTED : lastDay != null ? PersonStatus.LEAVING : null;
    }

    /**
     * The inventory's user names with the row's added: a name on a system the person already has one for
     * replaces it, the others stay. {@code user_names} holds "system=user" pairs as in the CSV set;
     * {@code user_name} holds one log-in name on {@code userSystem}.
     */
    private static List<UserName> userNames(MappedRow r, List<UserName> existing, String userSystem) {
        List<UserName> incoming = new ArrayList<>();
        String pairs = r.text("user_names");
        if (pairs != null) {
            for (String pair : pairs.split(";")) {
                int eq = pair.indexOf('=');
                if (pair.isBlank()) {
                    continue;
                }
                if (eq <= 0 || eq == pair.length() - 1) {
                    r.problem("user_names", "\"" + pair.strip() + "\" must look like system=user.");
                    continue;
                }
                addIfValid(r, incoming, pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        String single = r.text("user_name");
        if (single != null) {
            addIfValid(r, incoming, userSystem, single);
        }
        Map<String, UserName> bySystem = new java.util.LinkedHashMap<>();
        existing.forEach(u -> bySystem.put(u.system().toLowerCase(Locale.ROOT), u));
        incoming.forEach(u -> bySystem.put(u.system().toLowerCase(Locale.ROOT), u));
        return new ArrayList<>(bySystem.values());
    }

    private static void addIfValid(MappedRow r, List<UserName> names, String system, String user) {
        UserName name = r.build(() -> new UserName(system, user));
        if (name != null) {
            names.add(name);
        }
    }
}
