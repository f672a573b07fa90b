package org.factdesk.workflow.review;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why an editor dismissed a claim: one of the four reasons a desk accepts, so the log shows the
 * same process for every claim. Written as "not checkable", "opinion", "duplicate of #12" or
 * "out of scope".
 */
public record DismissalReason(Category category, OptionalLong duplicateOf) {

    public enum Category {
        NOT_CHECKABLE("not checkable"),
        OPINION("opinion"),
        DUPLICATE("duplicate"),
        OUT_OF_SCOPE("out of scope");

        private final String words;

        Category(String words) {
            this.words = words;
        }
    }

    public static final String ACCEPTED_FORMS = "\"not checkable\", \"opinion\", \"duplicate of #<claim id>\" or \"out of scope\"";

    private static final Pattern DUPLICATE = Pattern.compile("duplicate(?: of)? ?#?(\\d{1,18})");

    public static Optional<DismissalReason> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normal = text.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ')
                .replaceAll("\\s+", " ");
        Matcher duplicate = DUPLICATE.matcher(normal);
        if (duplicate.matches()) {
            return Optional.of(new DismissalReason(Category.DUPLICATE, OptionalLong.of(Long.parseLong(duplicate.group(1)))));
        }
        for (Category category : Category.values()) {
            if (category != Category.DUPLICATE && category.words.equals(normal)) {
                return Optional.of(new DismissalReason(category, OptionalLong.empty()));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return duplicateOf.isPresent() ? "duplicate of #" + duplicateOf.getAsLong() : category.words;
    }
}
