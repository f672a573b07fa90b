package org.factdesk.workflow.review;

import java.time.LocalDate;
import org.factdesk.core.claim.Priority;
import org.factdesk.workflow.Action;

/**
 * What a person asks the workflow to do, with the inputs some actions need: a comment
 * (request-changes), a reason (dismiss, reopen), the reviewer (assign, or whose verdict an approval
 * publishes), and priority, due date and required reviews (accept).
 */
public record TransitionRequest(Action action, String comment, String reason, String assignee,
        Integer requiredReviews, Priority priority, LocalDate dueDate) {

    public static TransitionRequest of(Action action) {
        return new TransitionRequest(action, null, null, null, null, null, null);
    }

    public TransitionRequest withComment(String text) {
        return new TransitionRequest(action, text, reason, assignee, requiredReviews, priority, dueDate);
    }

    public TransitionRequest withReason(String text) {
        return new TransitionRequest(action, comment, text, assignee, requiredReviews, priority, dueDate);
    }

    public TransitionRequest withAssignee(String username) {
        return new TransitionRequest(action, comment, reason, username, requiredReviews, priority, dueDate);
    }

    public TransitionRequest withTriage(Integer reviews, Priority level, LocalDate due) {
        return new TransitionRequest(action, comment, reason, assignee, reviews, level, due);
    }
}
