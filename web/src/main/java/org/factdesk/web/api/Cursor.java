package org.factdesk.web.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.factdesk.core.Refusal;

/**
 * The one keyset pagination helper: a page ends with an opaque cursor naming the last id it
 * held; the next page starts after it, so rows never repeat or go missing while others change.
 */
public final class Cursor {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    private static final String PREFIX = "after:";
    /** A search's cursor names a place in its ranking instead: results are in order of relevance, not id. */
    private static final String RANK_PREFIX = "rank:";

    private Cursor() {
    }

    public static String after(long lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
    }

    /** The id a cursor points after; 0 (the start) when there is none. Bad cursors are refused. */
    public static long decode(String cursor) {
        return number(cursor, PREFIX, Long.MAX_VALUE, "This cursor is not one Factdesk handed out; start again without it.");
    }

    public static String atRank(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((RANK_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The place in a search's ranking a cursor points at; 0 (the start) when there is none. Bad cursors are refused. */
    public static int decodeRank(String cursor) {
        return (int) number(cursor, RANK_PREFIX, Integer.MAX_VALUE,
                "This cursor is not one Factdesk handed out for this search; start again without it.");
    }

    private static long number(String cursor, String prefix, long most, String refusal) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (text.startsWith(prefix)) {
                long number = Long.parseLong(text.substring(prefix.length()));
                if (number >= 0 && number <= most) {
                    return number;
                }
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw Refusal.badQuery("cursor", refusal);
    }

    public static int limit(Integer requested) {
        int limit = Optional.ofNullable(requested).orElse(DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Refusal.badQuery("limit", "limit must be between 1 and " + MAX_LIMIT + "; page with the cursor for more.");
        }
        return limit;
    }
}
