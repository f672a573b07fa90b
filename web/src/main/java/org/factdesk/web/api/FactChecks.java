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
import org.factdesk.core.claim.Claim;
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

    FactChecks(DeskSettings settings, ObjectMapper objectMapper) {
        this.settings = settings;
        this.objectMapper = objectMapper;
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

    public Page<Map<String, Object>> search(Search search, String cursor, Integer limit) {
        long after = Cursor.decode(cursor);
        int size = Cursor.limit(limit);
        StringBuilder query = new StringBuilder(LATEST_VERSIONS);
        Map<String, Object> params = new HashMap<>();
        params.put("after", after);
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
        List<PublishedVerdict> rows = PublishedVerdict.<PublishedVerdict>find(query.toString(), params).page(0, size).list();
        List<Map<String, Object>> items = rows.stream().map(this::claimReview).toList();
        String next = rows.size() == size ? Cursor.after(rows.get(rows.size() - 1).claim.id) : null;
        return new Page<>(items, next);
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
                        Source.citedFor(claim), jsonLdScript(claimReview(latest))));
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

    private Map<String, Object> claimReview(PublishedVerdict latest) {
        PublishedVerdict first = PublishedVerdict.firstFor(latest.claim).orElse(latest);
        return ClaimReviewMapper.toJsonLd(latest.claim, latest, first, publisher());
    }
}
