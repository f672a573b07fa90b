package org.factdesk.workflow.conversation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The usernames a note mentions as {@code @name}; an e-mail address is not a mention. */
public final class Mentions {

    // Not after a letter, digit or dot, so "ada@example.org" mentions no one.
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@])@([\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]*)");

    private Mentions() {
    }

    /** Each mentioned username once, in the order they first appear, lower-cased; sentence punctuation is not part of a name. */
    public static List<String> in(String text) {
        if (text == null) {
            return List.of();
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1).replaceAll("[.\\-]+$", "");
            if (!name.isEmpty()) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(names);
    }
}
