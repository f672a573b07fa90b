package org.factdesk.workflow.review;

import java.util.List;
import java.util.Objects;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.people.Person;
import org.factdesk.core.people.Role;
import org.factdesk.core.verdict.Verdict;

/**
 * Blind review: while a claim is in research each reviewer sees only their own verdict, so two
 * reviewers of one claim cannot lean on each other. Editors see every verdict; everyone sees them
 * once they are all in (the claim is in review or published).
 */
public final class VerdictVisibility {

    private VerdictVisibility() {
    }

    public static List<Verdict> visibleTo(Person viewer, Claim claim) {
        return Verdict.allFor(claim).stream().filter(v -> maySee(viewer, claim, v)).toList();
    }

    public static boolean maySee(Person viewer, Claim claim, Verdict verdict) {
        if (viewer != null && Objects.equals(verdict.author.id, viewer.id)) {
            return true;
        }
        if (viewer != null && (viewer.is(Role.EDITOR) || viewer.is(Role.ADMIN))) {
            return verdict.rating != null;
        }
        boolean allIn = claim.state() == ReviewState.IN_REVIEW || claim.state() == ReviewState.PUBLISHED;
        return viewer != null && allIn && verdict.isSubmitted();
    }
}
