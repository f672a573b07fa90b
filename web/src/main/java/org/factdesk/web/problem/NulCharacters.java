package org.factdesk.web.problem;

/**
 * U+0000 is no character a person types, and PostgreSQL refuses it in text: text holding it is
 * refused wherever it arrives (JSON, forms, query parameters, sign-in) before anything reads it
 * further, so it never reaches the database.
 */
public final class NulCharacters {

    public static final char NUL = '\u0000';

    private NulCharacters() {
    }

    public static boolean in(String text) {
        return text != null && text.indexOf(NUL) >= 0;
    }

    /**
     * A name made fit to show and to send back: NUL, and half of a surrogate pair (which JSON can
     * escape but no answer can carry), become "?".
     */
    public static String shown(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                shown.append(c).append(name.charAt(++i));
            } else {
                shown.append(c == NUL || Character.isSurrogate(c) ? '?' : c);
            }
        }
        return shown.toString();
    }

    /** The refusal's sentence, naming the field or parameter when there is one. */
    public static String refusal(String field) {
        String what = field == null ? "The text" : "\"" + shown(field) + "\"";
        return what + " holds a NUL character (U+0000), which is not text, so nothing was changed: send it without.";
    }
}
