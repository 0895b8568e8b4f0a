package org.custodian.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A person's log-in name on one system, watched for after they leave. */
public record UserName(String system, String userName) {
    public UserName {
        system = Rules.clean(system);
        userName = Rules.clean(userName);
        Rules.check()
                .notBlank(system, "userNames", "A user name needs the system it belongs to")
                .notBlank(userName, "userNames", "A user name cannot be empty")
                .orThrow();
    }

    /**
     * "Microsoft 365=marco.rossi; Domain=mrossi" (the form of people.csv; a line break also separates pairs) as
     * user names; every pair that does not read is reported against the field {@code userNames}.
     */
    public static List<UserName> parseList(String text) {
        List<UserName> names = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        for (String pair : (text == null ? "" : text).split("[;\\n]")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0 || pair.substring(eq + 1).isBlank()) {
                problems.add(new Violation("userNames", "\"" + pair.strip() + "\" must look like system=user"));
                continue;
            }
            try {
                names.add(new UserName(pair.substring(0, eq), pair.substring(eq + 1)));
            } catch (ValidationException e) {
                problems.addAll(e.violations());
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return names;
    }

    /** The names as people.csv writes them: pairs separated by "; ". */
    public static String format(List<UserName> names) {
        return names.stream().map(n -> n.system() + "=" + n.userName()).collect(Collectors.joining("; "));
    }
}
