package org.factdesk.seeds;

import java.util.List;
import org.factdesk.core.people.Role;

/** The people demo mode signs in as; each has the password "demo". */
final class DemoPeople {

    static final String PASSWORD = "demo";
    static final String REVIEWER = "rita";
    static final String SECOND_REVIEWER = "remy";
    static final String EDITOR = "edna";
    static final String ADMIN = "ada";

    record DemoPerson(String username, String displayName, Role role) {
    }

    static final List<DemoPerson> ALL = List.of(
            new DemoPerson(REVIEWER, "Rita Alves", Role.REVIEWER),
            new DemoPerson(SECOND_REVIEWER, "Remy Okafor", Role.REVIEWER),
            new DemoPerson(EDITOR, "Edna Park", Role.EDITOR),
            new DemoPerson(ADMIN, "Ada Lindqvist", Role.ADMIN));

    private DemoPeople() {
    }
}
