package org.factdesk.core.people;

import java.util.Locale;

/** What a person does at the desk. The lower-case name is the security role name. */
public enum Role {
    REVIEWER,
    EDITOR,
    ADMIN;

    public static final String REVIEWER_NAME = "reviewer";
    public static final String EDITOR_NAME = "editor";
    public static final String ADMIN_NAME = "admin";

    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
