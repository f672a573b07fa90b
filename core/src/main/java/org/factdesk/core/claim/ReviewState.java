package org.factdesk.core.claim;

/**
 * Where a claim stands in review. The names are part of the public API contract.
 * What may move a claim between them is decided by the workflow's transition table.
 */
public enum ReviewState {
    NEW,
    READY,
    IN_RESEARCH,
    IN_REVIEW,
    PUBLISHED,
    DISMISSED;

    public boolean isOpen() {
        return this != PUBLISHED && this != DISMISSED;
    }
}
