package org.custodian.model;

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
}
