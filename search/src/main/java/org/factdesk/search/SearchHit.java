package org.factdesk.search;

/** A claim a search found, with its relevance (higher is better; comparable within one answer only). */
public record SearchHit(long claimId, float score) {
}
