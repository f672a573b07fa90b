package org.factdesk.core.claim;

/** How urgently the desk wants a claim checked; the queue sorts by {@link #rank()}. */
public enum Priority {
    URGENT(0),
    HIGH(1),
    NORMAL(2),
    LOW(3);

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }
}
