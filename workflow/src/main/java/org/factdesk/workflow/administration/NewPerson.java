package org.factdesk.workflow.administration;

/** A person an admin adds: the role by its name (reviewer, editor, admin) and a first password. */
public record NewPerson(String username, String displayName, String role, String password) {

    @Override
    public String toString() {
        // Never let the password reach a log line.
        return "NewPerson[username=" + username + ", displayName=" + displayName + ", role=" + role + "]";
    }
}
