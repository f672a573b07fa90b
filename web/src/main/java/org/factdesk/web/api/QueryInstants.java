package org.factdesk.web.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.factdesk.core.Refusal;

/** Instants in query parameters ("since", "updatedSince"), refused with the parameter named. */
final class QueryInstants {

    private QueryInstants() {
    }

    static Instant parse(String text, String parameter) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.badQuery(parameter, parameter + " must be an instant such as 2026-01-31T00:00:00Z.");
        }
    }
}
