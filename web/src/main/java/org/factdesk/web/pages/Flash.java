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
    public static final Flash NONE = new Flash(null, null, null, Map.of());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_VALUE_LENGTH = 2000;

    public static NewCookie notice(String text) {
        return cookie(new Flash(text, null, null, Map.of()));
    }

    public static NewCookie error(String text, String field, Map<String, String> values) {
        Map<String, String> kept = new LinkedHashMap<>();
        // Keep what fits a cookie; a very long explanation is cut rather than lost with the whole form.
        values.forEach((name, value) -> kept.put(name, value.length() > MAX_VALUE_LENGTH ? value.substring(0, MAX_VALUE_LENGTH) : value));
        return cookie(new Flash(null, text, field, kept));
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

    private static String text(Map<String, Object> raw, String key) {
        return raw.get(key) instanceof String s ? s : null;
    }
}
