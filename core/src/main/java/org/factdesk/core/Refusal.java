package org.factdesk.core;

import java.util.Optional;

/**
 * A request the desk will not carry out, with a sentence that tells the person why and what to do.
 * Thrown before anything changes; the web layer turns it into problem+json or a page message.
 */
public class Refusal extends RuntimeException {

    /** Why it was refused; each maps to one HTTP status. */
    public enum Kind {
        /** The caller's role or relation to the claim does not allow it (403). */
        FORBIDDEN,
        /** The claim's state or someone else's earlier move does not allow it now (409). */
        CONFLICT,
        /** Something in the request is missing or wrong (422); {@link #field()} names it. */
        INVALID,
        /** What the request names does not exist (404). */
        NOT_FOUND,
        /** A query parameter is malformed or out of range (400); {@link #field()} names it. */
        BAD_QUERY,
        /** The caller's copy is out of date: the thing changed since they read it (412). */
        STALE
    }

    private final Kind kind;
    private final String field;

    private Refusal(Kind kind, String field, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.field = field;
    }

    public static Refusal forbidden(String message) {
        return new Refusal(Kind.FORBIDDEN, null, message);
    }

    public static Refusal conflict(String message) {
        return new Refusal(Kind.CONFLICT, null, message);
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal(Kind.INVALID, field, message);
    }

    public static Refusal badQuery(String parameter, String message) {
        return new Refusal(Kind.BAD_QUERY, parameter, message);
    }

    public static Refusal stale(String message) {
        return new Refusal(Kind.STALE, null, message);
    }

    public static Refusal notFound(String message) {
        return new Refusal(Kind.NOT_FOUND, null, message);
    }

    public Kind kind() {
        return kind;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
