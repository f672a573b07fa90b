package org.factdesk.search;

/** One fact-check found for a claim, with its score (higher is closer; comparable within one answer only). */
public record ArchiveMatch(String id, float score) {
}
