package org.factdesk.workflow;

import org.factdesk.core.Refusal;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.people.Person;

/** Looks up who acts and on what, refusing in the same words everywhere when either is missing. */
public final class Actors {

    private Actors() {
    }

    public static Person active(String username) {
        return Person.findActive(username)
                .orElseThrow(() -> Refusal.forbidden("Your account is not active; ask an admin."));
    }

    public static Claim claim(long claimId) {
        Claim claim = Claim.findById(claimId);
        if (claim == null) {
            throw Refusal.notFound("There is no claim #" + claimId + ".");
        }
        return claim;
    }
}
