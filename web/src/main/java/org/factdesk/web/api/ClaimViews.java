package org.factdesk.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factdesk.core.Refusal;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.people.Person;
import org.factdesk.core.source.Source;
import org.factdesk.core.verdict.PublishedVerdict;
import org.factdesk.core.verdict.Verdict;
import org.factdesk.search.DeskSearch;
import org.factdesk.search.SearchFilter;
import org.factdesk.search.SearchHit;
import org.factdesk.search.SimilarClaims;
import org.factdesk.web.api.ClaimJson.ArticleRef;
import org.factdesk.web.api.ClaimJson.ClaimantJson;
import org.factdesk.web.api.ClaimJson.PublishedJson;
import org.factdesk.web.api.ClaimJson.SimilarJson;
import org.factdesk.web.api.ClaimJson.SourceJson;
import org.factdesk.web.api.ClaimJson.VerdictJson;
import org.factdesk.workflow.events.ReviewEvent;
import org.factdesk.workflow.review.DoubleReviews;
import org.factdesk.workflow.review.ReviewSeat;
import org.factdesk.workflow.review.VerdictVisibility;
import org.hibernate.jpa.HibernateHints;

/** Reads claims as one caller may see them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClaimViews {

    private final Clock clock;
    private final SimilarClaims similarClaims;
    private final DeskSearch search;

    ClaimViews(Clock clock, SimilarClaims similarClaims, DeskSearch search) {
        this.clock = clock;
        this.similarClaims = similarClaims;
        this.search = search;
    }

    /** Filters of the claim list; every one is optional. */
    public record Filter(ReviewState state, String assignee, String claimant, String tag, String text, Boolean overdue,
            Instant updatedSince) {
    }

    public ClaimJson detail(long id, String viewerUsername) {
        Claim claim = Claim.findById(id);
        if (claim == null) {
            throw Refusal.notFound("There is no claim #" + id + ".");
        }
        Person viewer = Person.findByUsername(viewerUsername).orElse(null);
        List<VerdictJson> verdicts = VerdictVisibility.visibleTo(viewer, claim).stream().map(ClaimViews::verdictJson).toList();
        List<SourceJson> sources = Source.citedFor(claim).stream().map(ClaimViews::sourceJson).toList();
        List<PublishedJson> published = PublishedVerdict.versionsOf(claim).stream().map(ClaimViews::publishedJson).toList();
        List<EventJson> history = ReviewEvent.historyOf(claim.id).stream().map(EventJson::of).toList();
        Boolean agree = verdicts.stream().filter(VerdictJson::submitted).count() >= 2
                ? DoubleReviews.reviewersAgree(claim).orElse(null) : null;
        return json(claim, ownOrPublished(claim, viewer), verdicts, agree, published, sources, history, null);
    }

    /** A claim just submitted, with the claims it may repeat, so the submitter sees them at once. */
    public ClaimJson submitted(long id, String viewerUsername) {
        ClaimJson claim = detail(id, viewerUsername);
        return withSimilar(claim, similar(id));
    }

    /** Open claims and published fact-checks this claim may repeat, best first. */
    public List<SimilarJson> similar(long id) {
        Claim claim = Claim.findById(id);
        if (claim == null) {
            throw Refusal.notFound("There is no claim #" + id + ".");
        }
        return similarClaims.like(claim).stream().map(SimilarJson::of).toList();
    }

    private static ClaimJson withSimilar(ClaimJson c, List<SimilarJson> similar) {
        return new ClaimJson(c.id(), c.text(), c.state(), c.claimant(), c.assignees(), c.requiredReviews(), c.verdict(),
                c.verdicts(), c.reviewersAgree(), c.publishedVersions(), c.version(), c.createdAt(), c.updatedAt(),
                c.context(), c.claimDate(), c.language(), c.appearance(), c.article(), c.tags(), c.checkWorthiness(),
                c.priority(), c.dueDate(), c.overdue(), c.sources(), c.history(), similar);
    }

    /**
     * A page of claims: by id with a keyset cursor, or, when {@code q} is given, best match first from
     * the search index with a cursor that names the place in its ranking (by id from the database while
     * the index is rebuilt).
     */
    public Page<ClaimJson> list(Filter filter, String cursor, Integer limit, String viewerUsername) {
        int size = Cursor.limit(limit);
        boolean searching = filter.text() != null && !filter.text().isBlank();
        if (searching) {
            search.requireReadable("q", filter.text());
        }
        if (searching && search.fromIndex()) {
            int offset = Cursor.decodeRank(cursor);
            SearchFilter narrowing = new SearchFilter(filter.state() == null ? Set.of() : Set.of(filter.state()), null, false,
                    null, null, filter.tag(), null);
            Optional<DeskSearch.Narrowed<Claim>> ranked = search.searchNarrowed("q", filter.text(), narrowing, offset, size, hits -> {
                StringBuilder query = new StringBuilder("from Claim c join fetch c.claimant left join fetch c.article where c.id in :ids");
                Map<String, Object> params = new HashMap<>();
                params.put("ids", hits.stream().map(SearchHit::claimId).toList());
                appendConditions(filter, query, params);
                Map<Long, Claim> found = new HashMap<>();
                Claim.<Claim>find(query.toString(), params).withHint(HibernateHints.HINT_READ_ONLY, true).list()
                        .forEach(claim -> found.put(claim.id, claim));
                return found;
            });
            if (ranked.isPresent()) {
                String next = ranked.get().nextOffset() < 0 ? null : Cursor.atRank(ranked.get().nextOffset());
                return new Page<>(items(ranked.get().rows(), viewerUsername), next);
            }
        }
        long after = Cursor.decode(cursor);
        StringBuilder query = new StringBuilder("from Claim c join fetch c.claimant left join fetch c.article where c.id > :after");
        Map<String, Object> params = new HashMap<>();
        params.put("after", after);
        appendConditions(filter, query, params);
        if (searching) {
            query.append(" and (lower(c.text) like :text or lower(c.claimant.name) like :text)");
            params.put("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        query.append(" order by c.id");
        // Read-only: a list changes nothing, so Hibernate keeps no snapshots to compare at commit.
        List<Claim> rows = Claim.<Claim>find(query.toString(), params).withHint(HibernateHints.HINT_READ_ONLY, true)
                .page(0, size).list();
        String next = rows.size() == size ? Cursor.after(rows.get(rows.size() - 1).id) : null;
        return new Page<>(items(rows, viewerUsername), next);
    }

    private List<ClaimJson> items(List<Claim> rows, String viewerUsername) {
        Person viewer = Person.findByUsername(viewerUsername).orElse(null);
        // A page is read in a fixed number of queries, whatever its size: holders, own drafts, published verdicts.
        Map<Long, List<String>> holders = ReviewSeat.holdersOf(rows);
        Map<Long, Verdict> own = viewer == null ? Map.of() : Verdict.byAuthorFor(rows, viewer);
        Map<Long, PublishedVerdict> published = PublishedVerdict.latestForEach(rows);
        return rows.stream()
                .map(c -> json(c, holders.getOrDefault(c.id, List.of()), ownOrPublished(own.get(c.id), published.get(c.id)),
                        null, null, null, null, null, null))
                .toList();
    }

    /** The list's filters other than its text, as conditions on the claim {@code c}. */
    private void appendConditions(Filter filter, StringBuilder query, Map<String, Object> params) {
        if (filter.state() != null) {
            query.append(" and c.state = :state");
            params.put("state", filter.state());
        }
        if (filter.assignee() != null && !filter.assignee().isBlank()) {
            query.append(" and exists (select 1 from ReviewSeat s where s.claim = c and s.reviewer.username = :assignee)");
            params.put("assignee", filter.assignee().strip());
        }
        if (filter.claimant() != null && !filter.claimant().isBlank()) {
            query.append(" and lower(c.claimant.name) = :claimant");
            params.put("claimant", filter.claimant().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            query.append(" and :tag member of c.tags");
            params.put("tag", filter.tag().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.updatedSince() != null) {
            query.append(" and c.updatedAt >= :updatedSince");
            params.put("updatedSince", filter.updatedSince());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            query.append(" and c.dueDate < :today and c.state not in (:closed)");
            params.put("today", LocalDate.now(clock));
            params.put("closed", List.of(ReviewState.PUBLISHED, ReviewState.DISMISSED));
        }
    }

    /** The verdict a caller sees first: their own draft, else the published one. */
    private static VerdictJson ownOrPublished(Claim claim, Person viewer) {
        Verdict own = viewer == null ? null : Verdict.findBy(claim, viewer).orElse(null);
        return ownOrPublished(own, own != null ? null : PublishedVerdict.latestFor(claim).orElse(null));
    }

    private static VerdictJson ownOrPublished(Verdict own, PublishedVerdict published) {
        if (own != null) {
            return verdictJson(own);
        }
        return published == null ? null : new VerdictJson(published.authors, published.ratingName, published.ratingValue,
                published.summary, published.explanation, true, published.datePublished());
    }

    private ClaimJson json(Claim claim, VerdictJson verdict, List<VerdictJson> verdicts, Boolean agree,
            List<PublishedJson> published,
            List<SourceJson> sources, List<EventJson> history, List<SimilarJson> similar) {
        List<String> assignees = ReviewSeat.of(claim).stream().map(s -> s.reviewer.username).toList();
        return json(claim, assignees, verdict, verdicts, agree, published, sources, history, similar);
    }

    private ClaimJson json(Claim claim, List<String> assignees, VerdictJson verdict, List<VerdictJson> verdicts, Boolean agree,
            List<PublishedJson> published,
            List<SourceJson> sources, List<EventJson> history, List<SimilarJson> similar) {
        ArticleRef article = claim.article == null ? null
                : new ArticleRef(claim.article.id, claim.article.title, claim.article.publisher, claim.articleStart, claim.articleEnd);
        return new ClaimJson(claim.id, claim.text, claim.state(),
                new ClaimantJson(claim.claimant.name, claim.claimant.kind.name(), claim.claimant.description),
                assignees, claim.requiredReviews, verdict, verdicts, agree, published, claim.version, claim.createdAt,
                claim.updatedAt, claim.context, claim.claimDate, claim.language, claim.whereItAppeared().orElse(null),
                article, claim.tags, claim.checkWorthiness, claim.priority, claim.dueDate,
                claim.isOverdue(LocalDate.now(clock)), sources, history, similar);
    }

    private static VerdictJson verdictJson(Verdict v) {
        return new VerdictJson(v.author.username, v.rating == null ? null : v.rating.name,
                v.rating == null ? null : v.rating.ratingValue, v.summary, v.explanation, v.isSubmitted(), v.updatedAt);
    }

    private static PublishedJson publishedJson(PublishedVerdict p) {
        return new PublishedJson(p.version, p.ratingName, p.ratingValue, p.summary, p.explanation, p.authors,
                p.approvedBy == null ? null : p.approvedBy.username, p.datePublished(), p.correctionNote,
                p.externalPublisher, p.externalUrl);
    }

    private static SourceJson sourceJson(Source s) {
        return new SourceJson(s.id, s.url, s.title, s.publisher, s.publishedOn, s.accessedOn,
                s.stance.name().toLowerCase(Locale.ROOT), s.quote, s.archiveUrl, s.citedBy.username);
    }
}
