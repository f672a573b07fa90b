package org.factdesk.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one page tells the next after a POST and its 303 redirect: a notice, or an error with the
 * field it concerns and the values the person typed, so the form comes back as they left it.
 * Carried in a short-lived cookie, read once.
 */
public record Flash(String notice, String error, String field, Map<String, String> values) {

    public static final String COOKIE = "factdesk-flash";
    /** The hidden field that names which of a page's several forms was sent. */
    public static final String CARD = "card";
    public static final Flash NONE = new Flash(null, null, null, Map.of());

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Browsers drop a cookie over 4096 bytes, and the message with it: the flash's JSON stays under
     * this many bytes (a third more once in Base64), whatever the form held.
     */
    private static final int MAX_JSON_BYTES = 2400;
    private static final int MAX_MESSAGE_LENGTH = 500;
    private static final int MAX_VALUE_LENGTH = 2000;

    public static NewCookie notice(String text) {
        return cookie(new Flash(shorten(text, MAX_MESSAGE_LENGTH), null, null, Map.of()));
    }

    public static NewCookie error(String text, String field, Map<String, String> values) {
        String message = shorten(text, MAX_MESSAGE_LENGTH);
        String fieldName = shorten(field, 100);
        int room = MAX_JSON_BYTES - jsonBytes(new Flash(null, message, fieldName, Map.of()));
        Map<String, String> kept = new LinkedHashMap<>();
        // What was typed comes back field by field while it fits; a very long explanation is cut
        // rather than lost with the whole form, and fields past the room are left out.
        for (Map.Entry<String, String> typed : values.entrySet()) {
            int nameBytes = jsonBytes(typed.getKey()) + 4;
            if (nameBytes >= room) {
                break;
            }
            String value = fitting(shorten(typed.getValue(), MAX_VALUE_LENGTH), room - nameBytes);
            kept.put(typed.getKey(), value);
            room -= nameBytes + jsonBytes(value);
        }
        return cookie(new Flash(null, message, fieldName, kept));
    }

    /** A step that did part of what was asked: what it did, and what it could not do and why. */
    public static NewCookie outcome(String notice, String error) {
        String done = shorten(notice, MAX_MESSAGE_LENGTH);
        // Refusals can echo what was typed in any script: the error is cut until the cookie fits.
        for (int length = MAX_MESSAGE_LENGTH * 2; length >= 100; length -= 100) {
            Flash flash = new Flash(done, shorten(error, length), null, Map.of());
            if (jsonBytes(flash) <= MAX_JSON_BYTES) {
                return cookie(flash);
            }
        }
        return cookie(new Flash(done, error == null ? null : "Some of the selected claims were left as they were.", null, Map.of()));
    }

    /** Whether the refused form sent this field, so its checkboxes come back as they were ticked. */
    public boolean remembers(String name) {
        return error != null && values.containsKey(name);
    }

    /** Whether the refused form ticked this checkbox (its field repeated once per ticked box). */
    public boolean ticked(String name, Object value) {
        String sent = values.get(name);
        return remembers(name) && sent != null && sent.lines().anyMatch(value.toString()::equals);
    }

    /** Where the page's error summary links to: the card whose form was refused, or the field. */
    public String anchor() {
        String card = values.get(CARD);
        return card != null && !card.isBlank() ? "card-" + card + "-error" : "field-" + field;
    }

    public static NewCookie cleared() {
        return new NewCookie.Builder(COOKIE).path("/").value("").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    static Flash read(String cookieValue) {
        if (cookieValue == null || cookieValue.isBlank()) {
            return NONE;
        }
        try {
            byte[] json = Base64.getUrlDecoder().decode(cookieValue);
            Map<String, Object> raw = JSON.readValue(json, new TypeReference<>() { });
            @SuppressWarnings("unchecked")
            Map<String, String> values = raw.get("values") instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
            return new Flash(text(raw, "notice"), text(raw, "error"), text(raw, "field"), values);
        } catch (IllegalArgumentException | java.io.IOException | ClassCastException e) {
            return NONE;
        }
    }

    public boolean isPresent() {
        return notice != null || error != null;
    }

    /** The value the person typed into a field before the error, or the given default. */
    public String valueOr(String name, String fallback) {
        String value = values.get(name);
        return value == null ? (fallback == null ? "" : fallback) : value;
    }

    /**
     * Whether the error came from the form of one card on a list page (its hidden {@code card} field),
     * so the card, not only the top of the page, says what went wrong.
     */
    public boolean failedOn(Object card) {
        return error != null && card != null && card.toString().equals(values.get(CARD));
    }

    /** What the person typed into a field of the card whose form was refused; the default on every other card. */
    public String keptOn(Object card, String name, String fallback) {
        return failedOn(card) ? valueOr(name, fallback) : (fallback == null ? "" : fallback);
    }

    /** The typed value of one of a list's repeated fields, named {@code prefix-key} (such as "claimant-120"). */
    public String valueOf(String prefix, Object key, String fallback) {
        return valueOr(prefix + "-" + key, fallback);
    }

    /** Whether the error concerns one of a list's repeated fields, named {@code prefix-key}. */
    public boolean errorOn(String prefix, Object key) {
        return errorOn(prefix + "-" + key);
    }

    public boolean errorOn(String name) {
        return error != null && name.equals(field);
    }

    private static NewCookie cookie(Flash flash) {
        try {
            String value = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(JSON.writeValueAsString(flash).getBytes(StandardCharsets.UTF_8));
            return new NewCookie.Builder(COOKIE).path("/").value(value).maxAge(120).httpOnly(true)
                    .sameSite(NewCookie.SameSite.STRICT).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A flash message could not be written", e);
        }
    }

    /** The longest start of the value whose JSON takes at most that many bytes. */
    private static String fitting(String value, int bytes) {
        if (jsonBytes(value) <= bytes) {
            return value;
        }
        int low = 0;
        int high = value.length();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (jsonBytes(value.substring(0, middle)) <= bytes) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        if (low > 0 && Character.isHighSurrogate(value.charAt(low - 1))) {
            low--;
        }
        return value.substring(0, low);
    }

    private static int jsonBytes(Object value) {
        try {
            return JSON.writeValueAsBytes(value).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A flash message could not be written", e);
        }
    }

    private static String shorten(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end) + "…";
    }

    private static String text(Map<String, Object> raw, String key) {
        return raw.get(key) instanceof String s ? s : null;
    }
}
