package org.factdesk.workflow.research;

/** A reviewer's draft verdict; the rating is a label of the scale, by name. */
public record VerdictDraft(String rating, String summary, String explanation) {
}
