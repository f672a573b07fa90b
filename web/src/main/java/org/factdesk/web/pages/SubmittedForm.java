package org.factdesk.web.pages;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factdesk.web.problem.NulCharacters;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/** The form the current request carried, so a refused form can come back filled in as it was sent. */
public final class SubmittedForm {

    /** Every page form may name, in this field, the page to return to. */
    public static final String BACK = "back";
    private static final String CSRF_FIELD = "csrf-token";
    private static final char REPLACEMENT = '\uFFFD';

    private SubmittedForm() {
    }

    /** Typed passwords (password, currentPassword, newPassword) are never sent back: the flash travels in a cookie. */
    private static boolean isPassword(String field) {
        return field.toLowerCase(Locale.ROOT).contains("password");
    }

    public static Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        FormData form = currentForm();
        if (form == null) {
            return values;
        }
        for (String name : form) {
            FormValue value = form.getFirst(name);
            if (value != null && !value.isFileItem() && !CSRF_FIELD.equals(name) && !BACK.equals(name)
                    && !isPassword(name)) {
                // Ticked checkboxes repeat their field: all of them come back, one a line.
                String text = form.get(name).stream().filter(v -> !v.isFileItem() && v.getValue() != null)
                        .map(FormValue::getValue).collect(java.util.stream.Collectors.joining("\n"));
                // A NUL refuses the form; the text comes back without it, fit to show and to send again.
                values.put(NulCharacters.shown(name), value.getValue() == null ? null
                        : text.replace(String.valueOf(NulCharacters.NUL), ""));
            }
        }
        return values;
    }

    /** The first field whose text did not decode as UTF-8 (the decoder leaves U+FFFD in its place). */
    public static Optional<String> fieldNotInUtf8() {
        return fieldHolding(REPLACEMENT);
    }

    /** The first field whose name or text holds U+0000, which no text column keeps. */
    public static Optional<String> fieldHoldingNul() {
        return fieldHolding(NulCharacters.NUL);
    }

    private static Optional<String> fieldHolding(char character) {
        FormData form = currentForm();
        if (form == null) {
            return Optional.empty();
        }
        for (String name : form) {
            if (name.indexOf(character) >= 0) {
                return Optional.of(NulCharacters.shown(name.replace(character, '?')));
            }
            for (FormValue value : form.get(name)) {
                if (!value.isFileItem() && value.getValue() != null && value.getValue().indexOf(character) >= 0) {
                    return Optional.of(NulCharacters.shown(name));
                }
            }
        }
        return Optional.empty();
    }

    /** Where to send the person after the form: its "back" field when that is a path on this site. */
    public static URI backOr(String fallback) {
        FormData form = currentForm();
        FormValue back = form == null ? null : form.getFirst(BACK);
        return URI.create(back != null && isLocalPath(back.getValue()) ? back.getValue() : fallback);
    }

    /** The page a Referer header names, when it is on this site; "/" otherwise. */
    public static String refererPath(String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return isLocalPath(path) ? path : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    public static boolean isLocalPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.length() < 500 && path.chars().noneMatch(Character::isISOControl);
    }

    private static FormData currentForm() {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        return request == null ? null : request.getFormData();
    }
}
