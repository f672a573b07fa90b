package org.factdesk.web.api;

import org.factdesk.workflow.research.VerdictDraft;

/** {@code PUT /api/v1/claims/{id}/verdict}: a rating from the scale, by name, with summary and explanation. */
public record VerdictBody(String rating, String summary, String explanation) {

    VerdictDraft toDraft() {
        return new VerdictDraft(rating, summary, explanation);
    }
}
