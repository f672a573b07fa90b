package org.factdesk.workflow.administration;

import org.factdesk.core.Refusal;
import org.factdesk.core.people.Person;
import org.factdesk.core.people.Role;
import org.factdesk.workflow.Actors;

/** Who may administer the desk: an active admin, checked the same way by every admin service. */
final class Administrators {

    private Administrators() {
    }

    static Person require(String username) {
        Person actor = Actors.active(username);
        if (!actor.is(Role.ADMIN)) {
            throw Refusal.forbidden("Only an admin can manage people and the rating scale.");
        }
        return actor;
    }
}
