package org.factdesk.web.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.factdesk.core.Refusal;

/**
 * Query parameters are read here rather than converted by JAX-RS, which would answer a bad one
 * ("limit=abc") with 404 as if the address did not exist: a bad parameter is a 400 that names it.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    static Instant instant(String text, String parameter) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.badQuery(parameter, parameter + " must be an instant such as 2026-01-31T00:00:00Z.");
        }
    }

    public static Integer wholeNumber(String text, String parameter) {
        Long value = longNumber(text, parameter);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw notAWholeNumber(parameter);
        }
        return value.intValue();
    }

    public static Long longNumber(String text, String parameter) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw notAWholeNumber(parameter);
        }
    }

    static Boolean flag(String text, String parameter) {
        if (isBlank(text)) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Refusal.badQuery(parameter, parameter + " is true or false.");
        };
    }

    private static Refusal notAWholeNumber(String parameter) {
        return Refusal.badQuery(parameter, parameter + " must be a whole number.");
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
