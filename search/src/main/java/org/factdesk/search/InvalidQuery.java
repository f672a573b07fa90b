package org.factdesk.search;

/** A search query the index cannot read; its message says why in words a person can act on. */
public final class InvalidQuery extends RuntimeException {

    public InvalidQuery(String message) {
        super(message);
    }
}
