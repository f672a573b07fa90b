package org.factdesk.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factdesk.core.Refusal;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.search.DeskSearch;
import org.factdesk.search.SearchFilter;
import org.factdesk.search.SearchHit;
import org.factdesk.core.claimreview.ClaimReviewMapper;
import org.factdesk.core.claimreview.ClaimReviewMapper.Publisher;
import org.factdesk.core.settings.DeskSettings;
import org.factdesk.core.source.Source;
import org.factdesk.core.verdict.PublishedVerdict;

/**
 * Published fact-checks as readers and machines see them: the latest version of each, as ClaimReview.
 * The feed carries imported ones too, credited to their publisher; our own pages show only our work.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FactChecks {

    private static final String LATEST_VERSIONS = "from PublishedVerdict p where p.version = "
            + "(select max(q.version) from PublishedVerdict q where q.claim = p.claim) and p.claim.id > :after";

    /** Words of a text query beyond this many are ignored: a search is a few words, not a paragraph. */
    static final int MAX_QUERY_WORDS = 8;

    private final DeskSettings settings;
    private final ObjectMapper objectMapper;
    private final DeskSearch deskSearch;

    FactChecks(DeskSettings settings, ObjectMapper objectMapper, DeskSearch deskSearch) {
        this.settings = settings;
        this.objectMapper = objectMapper;
        this.deskSearch = deskSearch;
    }

    /** Whether public pages name the reviewers and the approving editor, or only the organisation. */
    public boolean namesPeople() {
        return settings.organisation().namesPeople();
    }

    public Publisher publisher() {
        var organisation = settings.organisation();
        return new Publisher(organisation.name(), organisation.url(), organisation.siteUrl());
    }

    /**
     * What a reader or a machine searches published fact-checks by, in the manner of Google's
     * claims:search: words that must all appear in the claim or its claimant, the rating given, the
     * publisher (ours or an imported fact-checker), and how recent. Every filter is optional.
     */
    public record Search(String text, String rating, String publisher, Instant since) {
        public static final Search ALL = new Search(null, null, null, null);
    }

    public Page<Map<String, Object>> page(String cursor, Integer limit, Instant since) {
        return search(new Search(null, null, null, since), cursor, limit);
    }

    /**
     * A page of published fact-checks: by claim id with a keyset cursor, or, when words are given, best
     * match first from the search index (by id from the database while the index is rebuilt).
     */
    public Page<Map<String, Object>> search(Search search, String cursor, Integer limit) {
        int size = Cursor.limit(limit);
        if (present(search.text())) {
            deskSearch.requireReadable("q", search.text());
            Optional<DeskSearch.Narrowed<Found>> ranked = ranked("q", search, null, Cursor.decodeRank(cursor), size);
            if (ranked.isPresent()) {
                return new Page<>(ranked.get().rows().stream().map(found -> claimReview(found.verdict())).toList(),
                        nextCursor(ranked.get()));
            }
        }
        return byId(search, cursor, size);
    }

    /**
     * A fact-check a search found, as ClaimReview, with its relevance (comparable within one answer
     * only; absent while the index is rebuilt and the answer comes from the database, by id).
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Ranked(Map<String, Object> claimReview, Double score) {
    }

    /**
     * Published fact-checks, ours and imported, best match for the query first, in the shape of Google
     * Fact Check Tools' claims:search: {@code languageCode} of the claim, {@code publisher} (ours or an
     * imported one's name), {@code maxAgeDays} since publication.
     */
    public Page<Ranked> searchRanked(String query, String languageCode, String publisher, Integer maxAgeDays, String cursor,
            Integer limit) {
        int size = Cursor.limit(limit);
        if (!present(query)) {
            throw Refusal.badQuery("query", "Give words to search for in query, e.g. query=vaccine.");
        }
        if (maxAgeDays != null && maxAgeDays < 1) {
            throw Refusal.badQuery("maxAgeDays", "maxAgeDays is a whole number of days, 1 or more.");
        }
        Instant since = maxAgeDays == null ? null : Instant.now().minus(java.time.Duration.ofDays(maxAgeDays));
        deskSearch.requireReadable("query", query);
        Search search = new Search(query, null, publisher, since);
        Optional<DeskSearch.Narrowed<Found>> ranked = ranked("query", search, languageCode, Cursor.decodeRank(cursor), size);
        if (ranked.isEmpty()) {
            Page<Map<String, Object>> fromDatabase = byId(search, cursor, size);
            return new Page<>(fromDatabase.items().stream().map(review -> new Ranked(review, null)).toList(), fromDatabase.nextCursor());
        }
        return new Page<>(ranked.get().rows().stream()
                .map(found -> new Ranked(claimReview(found.verdict()), Math.round(found.score() * 1000) / 1000.0)).toList(),
                nextCursor(ranked.get()));
    }

    /** A published version a search found, with its relevance. */
    public record Found(PublishedVerdict verdict, double score) {
    }

    /** Our own fact-checks best matching a reader's words, for the public index page, with the words marked. */
    public List<ReaderHit> searchOurs(String query, int limit) {
        deskSearch.requireReadable("q", query);
        Search search = new Search(query, null, settings.organisation().name(), null);
        List<PublishedVerdict> verdicts = ranked("q", search, null, 0, limit)
                .map(found -> found.rows().stream().map(Found::verdict).toList())
                .orElseGet(() -> verdictsById(search, 0, limit));
        return verdicts.stream().map(p -> new ReaderHit(p, deskSearch.snippet(query, p.claim.text))).toList();
    }

    /** A fact-check on the public index page, with the words a reader searched for marked in its claim. */
    public record ReaderHit(PublishedVerdict verdict, String snippet) {
    }

    private static String nextCursor(DeskSearch.Narrowed<?> page) {
        return page.nextOffset() < 0 ? null : Cursor.atRank(page.nextOffset());
    }

    private Optional<DeskSearch.Narrowed<Found>> ranked(String parameter, Search search, String languageCode, int offset, int size) {
        boolean ours = present(search.publisher()) && search.publisher().strip().equalsIgnoreCase(settings.organisation().name());
        SearchFilter filter = new SearchFilter(Set.of(ReviewState.PUBLISHED), ours ? null : search.publisher(), ours, languageCode,
                search.since(), null, null);
        return deskSearch.searchNarrowed(parameter, search.text(), filter, offset, size, hits -> {
            Map<String, Object> params = new HashMap<>();
            StringBuilder query = new StringBuilder("from PublishedVerdict p where p.version = "
                    + "(select max(q.version) from PublishedVerdict q where q.claim = p.claim) and p.claim.id in :ids");
            params.put("ids", hits.stream().map(SearchHit::claimId).toList());
            appendConditions(search, query, params);
            Map<Long, Float> scores = new HashMap<>();
            hits.forEach(hit -> scores.put(hit.claimId(), hit.score()));
            Map<Long, Found> found = new HashMap<>();
            PublishedVerdict.<PublishedVerdict>list(query.toString(), params)
                    .forEach(p -> found.put(p.claim.id, new Found(p, scores.get(p.claim.id))));
            return found;
        });
    }

    private Page<Map<String, Object>> byId(Search search, String cursor, int size) {
        List<PublishedVerdict> rows = verdictsById(search, Cursor.decode(cursor), size);
        List<Map<String, Object>> items = rows.stream().map(this::claimReview).toList();
        String next = rows.size() == size ? Cursor.after(rows.get(rows.size() - 1).claim.id) : null;
        return new Page<>(items, next);
    }

    private List<PublishedVerdict> verdictsById(Search search, long after, int size) {
        StringBuilder query = new StringBuilder(LATEST_VERSIONS);
        Map<String, Object> params = new HashMap<>();
        params.put("after", after);
        appendConditions(search, query, params);
        if (present(search.text())) {
            int i = 0;
            for (String word : search.text().toLowerCase(Locale.ROOT).split("\\s+")) {
                String cleaned = word.replace("%", "").replace("_", "");
                if (!cleaned.isBlank() && i < MAX_QUERY_WORDS) {
                    query.append(" and (lower(p.claim.text) like :w").append(i).append(" or lower(p.claim.claimant.name) like :w")
                            .append(i).append(")");
                    params.put("w" + i++, "%" + cleaned + "%");
                }
            }
        }
        query.append(" order by p.claim.id");
        return PublishedVerdict.<PublishedVerdict>find(query.toString(), params).page(0, size).list();
    }

    /** The search's rating, publisher and date, as conditions on the published version {@code p}. */
    private void appendConditions(Search search, StringBuilder query, Map<String, Object> params) {
        if (search.since() != null) {
            query.append(" and p.publishedAt >= :since");
            params.put("since", search.since());
        }
        if (present(search.rating())) {
            query.append(" and lower(p.ratingName) = :rating");
            params.put("rating", search.rating().strip().toLowerCase(Locale.ROOT));
        }
        if (present(search.publisher())) {
            boolean ours = search.publisher().strip().equalsIgnoreCase(settings.organisation().name());
            query.append(ours ? " and p.externalPublisher is null" : " and lower(p.externalPublisher) = :publisher");
            if (!ours) {
                params.put("publisher", search.publisher().strip().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** The ClaimReview of one claim's latest published version, ours or imported. */
    public Optional<Map<String, Object>> claimReviewOf(long claimId) {
        Claim claim = Claim.findById(claimId);
        return claim == null ? Optional.empty() : PublishedVerdict.latestFor(claim).map(this::claimReview);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** Everything a reader's page about one of our fact-checks shows; empty when we never published one. */
    public Optional<PublicFactCheck> publicPage(long claimId) {
        Claim claim = Claim.findById(claimId);
        if (claim == null) {
            return Optional.empty();
        }
        return PublishedVerdict.latestFor(claim).filter(latest -> !latest.isImported())
                .map(latest -> new PublicFactCheck(claim, latest, PublishedVerdict.versionsOf(claim),
                        Source.citedAsOf(claim, latest.publishedAt), jsonLdScript(claimReview(latest))));
    }

    /** The latest version of every fact-check we published, newest first, for the public index. */
    public List<PublishedVerdict> latestPublished(int limit) {
        return PublishedVerdict.<PublishedVerdict>find("from PublishedVerdict p join fetch p.claim c join fetch c.claimant "
                + "where p.externalPublisher is null "
                + "and p.version = (select max(q.version) from PublishedVerdict q where q.claim = p.claim) "
                + "order by p.publishedAt desc, p.id desc").page(0, limit).list();
    }

    /** One reader's page: the claim, its latest verdict, every version, the sources and the JSON-LD. */
    public record PublicFactCheck(Claim claim, PublishedVerdict latest, List<PublishedVerdict> versions,
            List<Source> sources, String jsonLd) {
    }

    /** JSON for inside a script element: "<" is escaped so no text in it can close the element. */
    private String jsonLdScript(Map<String, Object> review) {
        try {
            return objectMapper.writeValueAsString(review).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A ClaimReview could not be written as JSON", e);
        }
    }

    /**
     * What an approval would publish, before it does: the verdict, the sources, the ClaimReview it
     * would carry, and for a correction what changes against the version readers see now.
     */
    public record ApprovalPreview(PublishedVerdict pending, PublishedVerdict current, List<Source> sources,
            String claimReview, List<Change> changes) {

        public boolean isCorrection() {
            return current != null;
        }
    }

    /** One field of a correction: as readers see it now, and as it will read. */
    public record Change(String field, String before, String after) {
    }

    public ApprovalPreview preview(PublishedVerdict pending) {
        PublishedVerdict current = PublishedVerdict.latestFor(pending.claim).orElse(null);
        PublishedVerdict first = PublishedVerdict.firstFor(pending.claim).orElse(pending);
        String json;
        try {
            json = objectMapper.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(ClaimReviewMapper.toJsonLd(pending.claim, pending, first, publisher()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A ClaimReview could not be written as JSON", e);
        }
        List<Change> changes = new java.util.ArrayList<>();
        if (current != null) {
            addIfChanged(changes, "Rating", current.ratingAsPublished(), pending.ratingAsPublished());
            addIfChanged(changes, "Summary", current.summary, pending.summary);
            addIfChanged(changes, "Explanation", current.explanation, pending.explanation);
            addIfChanged(changes, "Rated by", current.authors, pending.authors);
        }
        return new ApprovalPreview(pending, current, Source.citedFor(pending.claim), json, changes);
    }

    private static void addIfChanged(List<Change> changes, String field, String before, String after) {
        if (!java.util.Objects.equals(before, after)) {
            changes.add(new Change(field, before == null ? "" : before, after == null ? "" : after));
        }
    }

    private Map<String, Object> claimReview(PublishedVerdict latest) {
        PublishedVerdict first = PublishedVerdict.firstFor(latest.claim).orElse(latest);
        return ClaimReviewMapper.toJsonLd(latest.claim, latest, first, publisher());
    }
}
