package org.factdesk.workflow.events;

/** Fired for every event the log appends; observers that wait for commits use it to wake pollers. */
public record EventAppended(long seq, long claimId) {
}
