package org.factdesk.search;

import java.time.Duration;

/**
 * Where the index stands, for the log and the admin page: whether every claim's text is in it, how
 * far a rebuild has got and how fast, and how many claims still wait for their vector.
 */
public record RebuildProgress(State state, long claimsDone, long claimsTotal, double claimsPerSecond, Duration timeLeft,
        long vectorsMissing, long lastEventApplied, String problem) {

    public enum State {
        /** Not opened yet, or it could not be opened; searches are served from the database. */
        UNAVAILABLE,
        /** Rebuilding from the database; searches are served from the database until the text is in. */
        REBUILDING,
        /** Every claim's text is searchable; vectors may still be filling in. */
        READY
    }

    public boolean ready() {
        return state == State.READY;
    }

    public long wholeClaimsPerSecond() {
        return Math.round(claimsPerSecond);
    }

    public int percentDone() {
        return claimsTotal == 0 ? 100 : (int) Math.min(100, claimsDone * 100 / claimsTotal);
    }
}
