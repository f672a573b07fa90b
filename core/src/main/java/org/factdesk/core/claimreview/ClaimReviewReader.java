package org.factdesk.core.claimreview;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factdesk.core.Refusal;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ClaimantKind;
import org.factdesk.core.verdict.ExternalVerdict;
import org.factdesk.core.verdict.PublishedVerdict;
import org.factdesk.core.verdict.Verdict;

/**
 * Reads ClaimReview JSON-LD as other fact-checkers publish it. Real feeds differ in every detail
 * (types as arrays, numbers as strings, authors as names or objects, dates with offsets), so the
 * reader takes what it can and is strict only where a record would mean nothing: it must name the
 * claim, carry a rating and say which fact-checker published it.
 */
public final class ClaimReviewReader {

    public static final int MAX_RECORDS = 1000;

    /** schema.org: "If bestRating is omitted, 5 is assumed." */
    static final int DEFAULT_BEST_RATING = 5;

    /** As long as the claimant table's name column. */
    private static final int MAX_CLAIMANT_LENGTH = 200;

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");
    private static final Pattern DATE_SPACE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (?=\\d)");
    /** Offsets written without a colon ("+0200"), as some publishing systems do. */
    private static final DateTimeFormatter OFFSET_WITHOUT_COLON =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]xx");

    private ClaimReviewReader() {
    }

    /**
     * Every ClaimReview in a document, in document order: one ClaimReview, an array, an object with
     * {@code @graph} (a page's other nodes are context, not records), or a schema.org DataFeed whose
     * elements are ClaimReviews or items holding one or more of them.
     */
    public static List<ClaimReviewRecord> read(JsonNode document) {
        if (document == null || !(document.isObject() || document.isArray())) {
            throw Refusal.invalid(null, "Send ClaimReview JSON-LD: a ClaimReview object, an array of them, "
                    + "an object with @graph, or a schema.org DataFeed.");
        }
        Document found = new Document();
        found.collect(document, false);
        List<ClaimReviewRecord> records = new ArrayList<>(found.records.size());
        for (int i = 0; i < found.records.size(); i++) {
            records.add(readRecord(i, found.records.get(i), found));
        }
        return records;
    }

    private static ClaimReviewRecord readRecord(int index, JsonNode review, Document document) {
        if (!review.isObject()) {
            return new ClaimReviewRecord.Unreadable(index, "It is not a JSON object, so it cannot be a ClaimReview.");
        }
        Set<String> types = types(review);
        if (!types.isEmpty() && !types.contains("ClaimReview")) {
            return new ClaimReviewRecord.Unreadable(index, "It is a " + String.join(" and ", types)
                    + ", not a ClaimReview.");
        }
        JsonNode item = document.first(review.get("itemReviewed"));
        String claimText = claimText(review, item);
        Rating rating = rating(document.first(review.get("reviewRating")));
        Organisation publisher = publisher(review, document);
        List<String> problems = new ArrayList<>();
        if (claimText == null) {
            problems.add("It names no claim: give claimReviewed, or itemReviewed with a text.");
        } else if (claimText.length() > Claim.MAX_TEXT_LENGTH) {
            problems.add("Its claim is " + claimText.length() + " characters long; the desk keeps claims of at most "
                    + Claim.MAX_TEXT_LENGTH + ".");
        }
        if (rating == null) {
            problems.add("It has no rating: give reviewRating with an alternateName or a ratingValue.");
        }
        if (publisher == null) {
            problems.add("It names no fact-checker: give author (or publisher) with a name.");
        }
        if (!problems.isEmpty()) {
            return new ClaimReviewRecord.Unreadable(index, String.join(" ", problems));
        }
        JsonNode claimAuthor = item == null ? null : document.all(item.get("author")).stream()
                .filter(a -> name(a) != null).findFirst().orElse(null);
        return new ClaimReviewRecord.Readable(index, new ImportedClaimReview(claimText,
                claimAuthor == null ? ImportedClaimReview.UNATTRIBUTED : shorten(name(claimAuthor), MAX_CLAIMANT_LENGTH),
                isOrganisation(claimAuthor) ? ClaimantKind.ORGANISATION : ClaimantKind.PERSON,
                item == null ? null
                        : dateTime(text(item.get("datePublished"))).map(OffsetDateTime::toLocalDate).orElse(null),
                appearance(item, document), language(review.get("inLanguage")),
                verdict(review, rating, publisher, document)));
    }

    private static ExternalVerdict verdict(JsonNode review, Rating rating, Organisation publisher, Document document) {
        String authors = document.all(review.get("author")).stream().map(ClaimReviewReader::name)
                .filter(Objects::nonNull).distinct().collect(Collectors.joining(", "));
        return new ExternalVerdict(publisher.name(), publisher.url(), httpUrl(text(review.get("url"))),
                shorten(rating.label(), PublishedVerdict.RATING_NAME_LENGTH),
                rating.derived() ? null : shorten(rating.label(), PublishedVerdict.MAX_RATING_AS_GIVEN_LENGTH),
                rating.value(), rating.best(), rating.worst(),
                shorten(rating.explanation(), Verdict.MAX_SUMMARY_LENGTH),
                shorten(authors.isEmpty() ? publisher.name() : authors, PublishedVerdict.MAX_AUTHORS_LENGTH),
                dateTime(text(review.get("datePublished"))).map(OffsetDateTime::toInstant).orElse(null));
    }

    /** claimReviewed, else the reviewed item's text (or, for a Claim, its name). */
    private static String claimText(JsonNode review, JsonNode item) {
        String text = text(review.get("claimReviewed"));
        if (text == null && item != null && item.isObject()) {
            text = text(item.get("text"));
            if (text == null && types(item).contains("Claim")) {
                text = text(item.get("name"));
            }
        }
        return text;
    }

    /** The rating's label: alternateName as given, else a word in ratingValue, else "value/best" from the numbers. */
    private static Rating rating(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            String label = text(node);
            return label == null ? null : new Rating(label, false, null, null, null, null);
        }
        String label = text(node.get("alternateName"));
        String valueText = text(node.get("ratingValue"));
        BigDecimal value = number(valueText);
        BigDecimal best = number(text(node.get("bestRating")));
        BigDecimal worst = number(text(node.get("worstRating")));
        if (label == null && value == null && valueText != null) {
            label = valueText;
        }
        boolean derived = label == null && value != null;
        if (derived) {
            label = plain(value) + "/" + (best == null ? Integer.toString(DEFAULT_BEST_RATING) : plain(best));
        }
        if (label == null) {
            return null;
        }
        return new Rating(label, derived, wholeNumber(value), wholeNumber(best), wholeNumber(worst),
                text(node.get("ratingExplanation")));
    }

    /** The fact-checker: an explicit publisher, else an organisation among the authors, else the first author. */
    private static Organisation publisher(JsonNode review, Document document) {
        List<JsonNode> authors = document.all(review.get("author"));
        List<JsonNode> candidates = new ArrayList<>(document.all(review.get("publisher")));
        authors.stream().filter(ClaimReviewReader::isOrganisation).forEach(candidates::add);
        candidates.addAll(authors);
        for (JsonNode candidate : candidates) {
            String name = name(candidate);
            if (name != null) {
                return new Organisation(shorten(name, PublishedVerdict.MAX_PUBLISHER_LENGTH),
                        candidate.isObject() ? httpUrl(text(candidate.get("url"))) : null);
            }
        }
        return null;
    }

    /** Where the claim appeared: firstAppearance, else the first appearance, else the reviewed work's own address. */
    private static String appearance(JsonNode item, Document document) {
        if (item == null || !item.isObject()) {
            return null;
        }
        for (String field : List.of("firstAppearance", "appearance")) {
            for (JsonNode work : document.all(item.get(field))) {
                String url = work.isObject() ? httpUrl(text(work.get("url"))) : httpUrl(text(work));
                if (url == null && work.isObject()) {
                    url = httpUrl(text(work.get("@id")));
                }
                if (url != null) {
                    return url;
                }
            }
        }
        for (String field : List.of("url", "sameAs")) {
            String url = httpUrl(text(item.get(field)));
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    private static String language(JsonNode node) {
        String tag = node != null && node.isObject() ? text(node.get("alternateName")) : text(node);
        return tag != null && LANGUAGE_TAG.matcher(tag).matches() ? tag : null;
    }

    // ---- JSON-LD values as real data writes them ----

    /** The node's types without vocabulary prefix: "ClaimReview", "schema:ClaimReview", "https://schema.org/ClaimReview" alike. */
    static Set<String> types(JsonNode node) {
        Set<String> types = new LinkedHashSet<>();
        if (node == null || !node.isObject()) {
            return types;
        }
        JsonNode type = node.get("@type");
        List<JsonNode> values = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(values::add);
        } else if (type != null) {
            values.add(type);
        }
        for (JsonNode value : values) {
            String name = text(value);
            if (name != null) {
                int prefixEnd = Math.max(name.lastIndexOf('/'), Math.max(name.lastIndexOf('#'), name.lastIndexOf(':')));
                types.add(name.substring(prefixEnd + 1));
            }
        }
        return types;
    }

    private static boolean isOrganisation(JsonNode node) {
        return types(node).stream().anyMatch(t -> t.endsWith("Organization") || t.endsWith("Organisation"));
    }

    /** A person's or organisation's name: the text itself, or the object's name. */
    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        return node.isObject() ? text(node.get("name")) : text(node);
    }

    /** Text of a value: a string, a number, the first of an array, or a {"@value": …} object; blank is none. */
    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                String text = text(element);
                if (text != null) {
                    return text;
                }
            }
            return null;
        }
        if (node.isObject()) {
            return text(node.get("@value"));
        }
        if (node.isValueNode()) {
            String text = node.asText().strip();
            return text.isEmpty() ? null : text;
        }
        return null;
    }

    /** A number written as a number or as text ("4", " 4.0 "); anything else is none. */
    static BigDecimal number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** On one line and within a column's length; none stays none. */
    private static String shorten(String text, int max) {
        return text == null ? null : ClaimReviewMapper.shorten(text, max);
    }

    private static Integer wholeNumber(BigDecimal value) {
        if (value == null) {
            return null;
        }
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** A date or date-time, with or without an offset (none means UTC); a date alone is its start in UTC. */
    static Optional<OffsetDateTime> dateTime(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = DATE_SPACE_TIME.matcher(text).replaceFirst("$1T");
        try {
            return Optional.of(OffsetDateTime.parse(value));
        } catch (DateTimeParseException notWithOffset) {
            // try the other forms below
        }
        try {
            return Optional.of(OffsetDateTime.parse(value, OFFSET_WITHOUT_COLON));
        } catch (DateTimeParseException notWithShortOffset) {
            // try the other forms below
        }
        try {
            return Optional.of(LocalDateTime.parse(value).atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException notLocal) {
            // try the other forms below
        }
        try {
            return Optional.of(LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** An absolute http(s) address that fits the desk's URL columns; anything else is none. */
    static String httpUrl(String text) {
        if (text == null || text.length() > PublishedVerdict.MAX_URL_LENGTH) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return uri.getHost() != null && (scheme.equals("http") || scheme.equals("https")) ? text : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private record Rating(String label, boolean derived, Integer value, Integer best, Integer worst, String explanation) {
    }

    private record Organisation(String name, String url) {
    }

    /** The records of a document in order, and its described nodes by @id, so references between them resolve. */
    private static final class Document {

        final List<JsonNode> records = new ArrayList<>();
        final Map<String, JsonNode> byId = new HashMap<>();

        void collect(JsonNode node, boolean inGraph) {
            if (node == null || node.isMissingNode()) {
                return;
            }
            if (node.isArray()) {
                node.forEach(element -> collect(element, inGraph));
                return;
            }
            if (!node.isObject()) {
                add(node);
                return;
            }
            remember(node);
            Set<String> types = types(node);
            if (node.has("@graph")) {
                collect(node.get("@graph"), true);
            } else if (types.contains("DataFeed") || node.has("dataFeedElement")) {
                collect(node.get("dataFeedElement"), false);
            } else if (types.contains("ClaimReview")) {
                add(node);
            } else if (node.has("item")
                    && (types.isEmpty() || types.contains("DataFeedItem") || types.contains("ListItem"))) {
                collect(node.get("item"), inGraph);
            } else if (!inGraph || types.isEmpty()) {
                // In a page's @graph, nodes of other types (WebPage, Organization…) are context, not records.
                add(node);
            }
        }

        private void add(JsonNode record) {
            if (records.size() == MAX_RECORDS) {
                throw Refusal.invalid(null, "A request may carry at most " + MAX_RECORDS
                        + " ClaimReview records; this one has more. Send the feed in smaller parts.");
            }
            records.add(record);
        }

        private void remember(JsonNode node) {
            String id = text(node.get("@id"));
            if (id != null && node.size() > 1) {
                byId.putIfAbsent(id, node);
            }
        }

        /** The node a bare {"@id": …} reference stands for, when the document describes it. */
        JsonNode resolve(JsonNode node) {
            if (node != null && node.isObject() && node.size() == 1 && node.has("@id")) {
                return byId.getOrDefault(text(node.get("@id")), node);
            }
            return node;
        }

        /** The value, or the first of an array of values; resolved. */
        JsonNode first(JsonNode node) {
            List<JsonNode> all = all(node);
            return all.isEmpty() ? null : all.get(0);
        }

        /** One value or an array of values as a list; resolved, nulls left out. */
        List<JsonNode> all(JsonNode node) {
            List<JsonNode> values = new ArrayList<>();
            if (node == null || node.isNull() || node.isMissingNode()) {
                return values;
            }
            if (node.isArray()) {
                node.forEach(element -> {
                    if (!element.isNull()) {
                        values.add(resolve(element));
                    }
                });
            } else {
                values.add(resolve(node));
            }
            return values;
        }
    }
}
