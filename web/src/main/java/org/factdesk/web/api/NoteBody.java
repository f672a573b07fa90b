package org.factdesk.web.api;

/** {@code POST /api/v1/claims/{id}/notes}: the note's text, with @username mentions. */
public record NoteBody(String text) {
}
