package org.factdesk.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.workflow.events.ReviewEvent;

/** One event of the change feed or of a claim's history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventJson(long seq, long claimId, String action, ReviewState from, ReviewState to, String actor,
        Instant at, String comment, String reason, String assignee) {

    public static EventJson of(ReviewEvent event) {
        return new EventJson(event.seq, event.claimId, event.action, event.fromState, event.toState, event.actor,
                event.at, event.comment, event.reason, event.assignee);
    }
}
