package org.factdesk.web.api;

import java.time.LocalDate;
import org.factdesk.core.Refusal;
import org.factdesk.core.claim.Priority;
import org.factdesk.workflow.Action;
import org.factdesk.workflow.review.TransitionRequest;

/** {@code POST /api/v1/claims/{id}/transitions}: the action, and the inputs it needs. */
public record TransitionBody(String action, String comment, String reason, String assignee, Integer requiredReviews,
        Priority priority, LocalDate dueDate) {

    TransitionRequest toRequest() {
        if (action == null || action.isBlank()) {
            throw Refusal.invalid("action", "Name the action: one of " + Action.allApiNames() + ".");
        }
        Action known = Action.fromApiName(action).orElseThrow(() -> Refusal.invalid("action",
                "\"" + action + "\" is not an action; use one of " + Action.allApiNames() + "."));
        return new TransitionRequest(known, comment, reason, assignee, requiredReviews, priority, dueDate);
    }
}
