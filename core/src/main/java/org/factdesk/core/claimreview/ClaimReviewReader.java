package org.factdesk.core.claimreview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
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
    /** The longest record kept, as the JSON-LD the desk republishes. */
    static final int MAX_RECORD_CHARACTERS = PublishedVerdict.MAX_CLAIM_REVIEW_LENGTH;
    /** As long as the column that keeps a date as it was written. */
    private static final int MAX_DATE_AS_GIVEN_LENGTH = 64;

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
                    + ", not a ClaimReview, and holds none.");
        }
        List<String> warnings = new ArrayList<>();
        JsonNode item = document.first(review.get("itemReviewed"));
        String claimText = claimText(review, item);
        Rating rating = rating(document.first(review.get("reviewRating")), warnings);
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
        } else if (rating.refusal() != null) {
            problems.add(rating.refusal());
        }
        if (publisher == null) {
            problems.add("It names no fact-checker: give author (or publisher) with a name or a url.");
        }
        WebAddress url = publisher == null ? null : address(text(review.get("url")), publisher.url());
        if (url != null && url.refusal() != null) {
            problems.add(url.refusal());
        }
        if (!problems.isEmpty()) {
            return new ClaimReviewRecord.Unreadable(index, String.join(" ", problems));
        }
        if (url != null && url.warning() != null) {
            warnings.add(url.warning());
        }
        String datePublished = text(review.get("datePublished"));
        Optional<OffsetDateTime> published = GivenDates.read(datePublished);
        if (datePublished != null && published.isEmpty()) {
            warnings.add("Its datePublished \"" + datePublished + "\" is not a date the desk can read: it is republished "
                    + "as given, and the fact-check is listed without a date.");
        }
        String asPublished = republished(review, document, url, rating);
        if (asPublished.length() > MAX_RECORD_CHARACTERS) {
            return new ClaimReviewRecord.Unreadable(index, "It is " + asPublished.length() + " characters of JSON-LD; the "
                    + "desk keeps records of at most " + MAX_RECORD_CHARACTERS + ".");
        }
        JsonNode claimAuthor = item == null ? null : document.all(item.get("author")).stream()
                .filter(a -> name(a) != null).findFirst().orElse(null);
        return new ClaimReviewRecord.Readable(index, new ImportedClaimReview(claimText,
                claimAuthor == null ? ImportedClaimReview.UNATTRIBUTED : shorten(name(claimAuthor), MAX_CLAIMANT_LENGTH),
                isOrganisation(claimAuthor) ? ClaimantKind.ORGANISATION : ClaimantKind.PERSON,
                item == null ? null : GivenDates.day(text(item.get("datePublished"))).orElse(null),
                appearance(item, document), language(review.get("inLanguage")),
                verdict(review, rating, publisher, url == null ? null : url.address(), published.orElse(null),
                        published.isPresent() ? datePublished : null, document),
                asPublished, publisher.knownByUrlOnly(), warnings));
    }

    private static ExternalVerdict verdict(JsonNode review, Rating rating, Organisation publisher, String url,
            OffsetDateTime published, String datePublished, Document document) {
        String authors = document.all(review.get("author")).stream().map(ClaimReviewReader::name)
                .filter(Objects::nonNull).distinct().collect(Collectors.joining(", "));
        return new ExternalVerdict(publisher.name(), publisher.url(), url,
                shorten(rating.label(), PublishedVerdict.RATING_NAME_LENGTH),
                rating.derived() ? null : shorten(rating.label(), PublishedVerdict.MAX_RATING_AS_GIVEN_LENGTH),
                rating.value(), rating.best(), rating.worst(),
                shorten(rating.explanation(), Verdict.MAX_SUMMARY_LENGTH),
                shorten(authors.isEmpty() ? publisher.name() : authors, PublishedVerdict.MAX_AUTHORS_LENGTH),
                published == null ? null : published.toInstant(),
                datePublished == null ? null : shorten(datePublished, MAX_DATE_AS_GIVEN_LENGTH));
    }

    /**
     * The record as the desk republishes it: as the fact-checker wrote it, with references to other
     * nodes of the document written out, a context when the document gave it outside the record, the
     * address resolved when it was written relative, and a rating scale that is no scale left out.
     */
    private static String republished(JsonNode review, Document document, WebAddress url, Rating rating) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        if (!review.has("@context")) {
            copy.put("@context", "https://schema.org");
        }
        JsonNode resolved = document.writtenOut(review, 0);
        resolved.fields().forEachRemaining(field -> copy.set(field.getKey(), field.getValue()));
        if (url != null && url.warning() != null) {
            copy.put("url", url.address());
        }
        JsonNode ratingNode = copy.get("reviewRating");
        if (ratingNode != null && ratingNode.isObject()) {
            ObjectNode fixed = (ObjectNode) ratingNode;
            switch (rating.scale()) {
                case LEFT_OUT -> fixed.remove(List.of("ratingValue", "bestRating", "worstRating"));
                case WORST_ASSUMED -> fixed.put("worstRating", 1);
                case BEST_ASSUMED -> fixed.put("bestRating", DEFAULT_BEST_RATING);
                case AS_GIVEN -> {
                    // republished as the fact-checker wrote it
                }
            }
        }
        return copy.toString();
    }

    /**
     * claimReviewed, else the reviewed item's text (or, for a Claim, its name). A claimReviewed cut
     * with "…" gives way to the item's whole text when that text begins as it does.
     */
    private static String claimText(JsonNode review, JsonNode item) {
        String text = text(review.get("claimReviewed"));
        String whole = item != null && item.isObject() ? text(item.get("text")) : null;
        if (text != null && whole != null && text.endsWith("…")
                && whole.replaceAll("\\s+", " ").startsWith(text.substring(0, text.length() - 1).strip())) {
            return whole;
        }
        if (text == null && item != null && item.isObject()) {
            text = text(item.get("text"));
            if (text == null && types(item).contains("Claim")) {
                text = text(item.get("name"));
            }
        }
        return text;
    }

    /**
     * The rating's label: alternateName as given, else a word in ratingValue, else "value/best" from the
     * numbers. A scale must run upwards from 1 (Google's rule); one that does not is left out, keeping
     * the label, and a scale with only one end gets schema.org's default for the other (best 5, worst 1).
     */
    private static Rating rating(JsonNode node, List<String> warnings) {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            String label = text(node);
            return label == null ? null : new Rating(label, false, null, null, null, null, Scale.AS_GIVEN, null);
        }
        String label = text(node.get("alternateName"));
        String valueText = text(node.get("ratingValue"));
        BigDecimal value = number(valueText);
        BigDecimal best = number(text(node.get("bestRating")));
        BigDecimal worst = number(text(node.get("worstRating")));
        String explanation = text(node.get("ratingExplanation"));
        if (label == null && value == null && valueText != null) {
            label = valueText;
        }
        Scale scale = Scale.AS_GIVEN;
        if (best != null && worst == null) {
            scale = Scale.WORST_ASSUMED;
            worst = BigDecimal.ONE;
        } else if (worst != null && best == null && value != null) {
            scale = Scale.BEST_ASSUMED;
            best = BigDecimal.valueOf(DEFAULT_BEST_RATING);
        }
        boolean noScale = (best != null || worst != null) && (worst == null || best == null
                || worst.compareTo(BigDecimal.ONE) < 0 || best.compareTo(worst) <= 0
                || value != null && (value.compareTo(worst) < 0 || value.compareTo(best) > 0));
        if (noScale) {
            String given = "ratingValue " + plainOrNone(number(valueText)) + ", bestRating "
                    + plainOrNone(number(text(node.get("bestRating")))) + ", worstRating "
                    + plainOrNone(number(text(node.get("worstRating"))));
            if (label == null) {
                return new Rating(null, false, null, null, null, explanation, Scale.LEFT_OUT, "Its rating has no "
                        + "alternateName and its numbers (" + given + ") are not a scale running upwards from 1, so it "
                        + "says nothing; give alternateName.");
            }
            warnings.add("Its rating's numbers (" + given + ") are not a scale running upwards from 1: the rating is kept "
                    + "and republished by its name, \"" + label + "\", without them.");
            return new Rating(label, false, null, null, null, explanation, Scale.LEFT_OUT, null);
        }
        if (scale == Scale.WORST_ASSUMED) {
            warnings.add("Its rating gives bestRating but no worstRating: schema.org's default, 1, is assumed and written out.");
        } else if (scale == Scale.BEST_ASSUMED) {
            warnings.add("Its rating gives worstRating but no bestRating: schema.org's default, " + DEFAULT_BEST_RATING
                    + ", is assumed and written out.");
        }
        boolean derived = label == null && value != null;
        if (derived) {
            label = plain(value) + "/" + (best == null ? Integer.toString(DEFAULT_BEST_RATING) : plain(best));
        }
        if (label == null) {
            return null;
        }
        return new Rating(label, derived, wholeNumber(value), wholeNumber(best), wholeNumber(worst), explanation, scale, null);
    }

    private static String plainOrNone(BigDecimal number) {
        return number == null ? "none" : plain(number);
    }

    /**
     * The fact-checker: an explicit publisher, else an organisation among the authors, else the first
     * author; by name or, when none has a name, by its web address alone (named after its host).
     */
    private static Organisation publisher(JsonNode review, Document document) {
        List<JsonNode> authors = document.all(review.get("author"));
        List<JsonNode> candidates = new ArrayList<>(document.all(review.get("publisher")));
        authors.stream().filter(ClaimReviewReader::isOrganisation).forEach(candidates::add);
        candidates.addAll(authors);
        for (JsonNode candidate : candidates) {
            String name = name(candidate);
            if (name != null) {
                return new Organisation(shorten(name, PublishedVerdict.MAX_PUBLISHER_LENGTH),
                        candidate.isObject() ? httpUrl(text(candidate.get("url"))) : null, false);
            }
        }
        for (JsonNode candidate : candidates) {
            String url = candidate.isObject() ? httpUrl(text(candidate.get("url"))) : null;
            if (url != null) {
                return new Organisation(shorten(hostName(url), PublishedVerdict.MAX_PUBLISHER_LENGTH), url, true);
            }
        }
        return null;
    }

    /** A site's host without "www.", as a name for a fact-checker known only by its address. */
    private static String hostName(String url) {
        String host = URI.create(url).getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** Where a record's own address leads: as given, or resolved, with a warning saying so, or refused with why. */
    private record WebAddress(String address, String warning, String refusal) {
    }

    private static final Pattern HOST_FIRST = Pattern.compile("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(:\\d+)?(/.*)?$");

    /**
     * The fact-check's address: an absolute http(s) address as given; one without a scheme
     * ("www.site.org/…", "//site.org/…") or relative ("/fact-check/…") resolved against the fact-checker's
     * own address; refused when it cannot be.
     */
    private static WebAddress address(String given, String publisherUrl) {
        if (given == null) {
            return null;
        }
        if (httpUrl(given) != null) {
            return new WebAddress(given, null, null);
        }
        String resolved = null;
        try {
            URI uri = new URI(given.strip());
            if (uri.getScheme() != null && uri.getHost() == null && HOST_FIRST.matcher(given.strip()).matches()) {
                resolved = "https://" + given.strip();
            } else if (uri.getScheme() != null) {
                return new WebAddress(null, null, "Its url \"" + shorten(given, 200) + "\" is not a web address "
                        + "(http or https).");
            } else if (given.startsWith("//")) {
                resolved = "https:" + given.strip();
            } else if (HOST_FIRST.matcher(given.strip()).matches()) {
                resolved = "https://" + given.strip();
            } else if (publisherUrl != null) {
                resolved = URI.create(publisherUrl).resolve(uri).toString();
            } else {
                return new WebAddress(null, null, "Its url \"" + shorten(given, 200) + "\" is relative, and its "
                        + "fact-checker gives no web address to resolve it against; give the full address.");
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new WebAddress(null, null, "Its url \"" + shorten(given, 200) + "\" is not a web address.");
        }
        if (httpUrl(resolved) == null) {
            return new WebAddress(null, null, "Its url \"" + shorten(given, 200) + "\" does not make a web address "
                    + (publisherUrl == null ? "" : "against " + publisherUrl) + "; give the full address.");
        }
        return new WebAddress(resolved, "Its url \"" + shorten(given, 200) + "\" was not a full address: it is kept and "
                + "republished as " + resolved + ".", null);
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

    /** How a rating's scale was read: as given, with one end assumed, or left out as no scale at all. */
    private enum Scale {
        AS_GIVEN,
        WORST_ASSUMED,
        BEST_ASSUMED,
        LEFT_OUT
    }

    /** A rating as read; {@code refusal} says why a rating that is there still cannot be kept. */
    private record Rating(String label, boolean derived, Integer value, Integer best, Integer worst, String explanation,
            Scale scale, String refusal) {

        boolean scaleLeftOut() {
            return scale == Scale.LEFT_OUT;
        }
    }

    private record Organisation(String name, String url, boolean knownByUrlOnly) {
    }

    /** The records of a document in order, and its described nodes by @id, so references between them resolve. */
    private static final class Document {

        /** How deep nesting and references are followed: deeper than any real page's markup. */
        private static final int MAX_DEPTH = 12;

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
            } else if (!collectNested(node)) {
                if (!inGraph || types.isEmpty()) {
                    // In a page's @graph, nodes of other types (WebPage, Organization…) are context, not records.
                    add(node);
                }
            }
        }

        /**
         * The ClaimReviews held anywhere inside a node of another type, as a page's markup nests them
         * (WebPage → mainEntity, Article → review, ItemList → itemListElement); whether there was one.
         */
        private boolean collectNested(JsonNode node) {
            List<JsonNode> nested = new ArrayList<>();
            findReviews(node, nested, 0);
            nested.forEach(this::add);
            return !nested.isEmpty();
        }

        private void findReviews(JsonNode node, List<JsonNode> found, int depth) {
            if (depth > MAX_DEPTH) {
                return;
            }
            var fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                if (field.getKey().equals("@context")) {
                    continue;
                }
                List<JsonNode> values = new ArrayList<>();
                if (field.getValue().isArray()) {
                    field.getValue().forEach(values::add);
                } else {
                    values.add(field.getValue());
                }
                for (JsonNode value : values) {
                    if (!value.isObject()) {
                        continue;
                    }
                    remember(value);
                    if (types(value).contains("ClaimReview")) {
                        found.add(value);
                    } else {
                        findReviews(value, found, depth + 1);
                    }
                }
            }
        }

        /**
         * A copy of the node with every bare reference to a node the document describes written out in
         * its place (a record republished alone keeps what it pointed to); not followed past a few levels,
         * so references in a circle end.
         */
        JsonNode writtenOut(JsonNode node, int depth) {
            JsonNode described = resolve(node);
            if (described.isArray()) {
                ArrayNode copy = JsonNodeFactory.instance.arrayNode();
                described.forEach(element -> copy.add(writtenOut(element, depth + 1)));
                return copy;
            }
            if (!described.isObject() || depth > MAX_DEPTH) {
                return described.deepCopy();
            }
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            described.fields().forEachRemaining(field -> copy.set(field.getKey(), writtenOut(field.getValue(), depth + 1)));
            return copy;
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
