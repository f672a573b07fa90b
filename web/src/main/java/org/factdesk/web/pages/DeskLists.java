package org.factdesk.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.factdesk.core.Refusal;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.Priority;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.people.Person;
import org.factdesk.search.DeskSearch;
import org.factdesk.search.SearchFilter;
import org.factdesk.search.SearchHit;
import org.factdesk.search.SimilarClaims;
import org.factdesk.workflow.Action;
import org.factdesk.workflow.events.ReviewEvent;
import org.factdesk.workflow.review.ReviewSeat;
import org.hibernate.jpa.HibernateHints;

/** The lists people work from: the queue, their own claims, triage and review. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class DeskLists {

    /** Rows on one page of the queue. */
    public static final int PAGE_SIZE = 50;
    /** How many double reviews wanting a second reviewer the queue offers above its rows. */
    static final int SECOND_SEATS_SHOWN = 10;

    private static final Comparator<Claim> QUEUE_ORDER = Comparator
            .comparing((Claim c) -> c.priority.rank())
            .thenComparing(c -> c.dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.id);

    private final Clock clock;
    private final DeskSearch search;
    private final SimilarClaims similarClaims;

    DeskLists(Clock clock, DeskSearch search, SimilarClaims similarClaims) {
        this.clock = clock;
        this.search = search;
        this.similarClaims = similarClaims;
    }

    /** A claim in a list, with what the list shows beside it. */
    public record Row(Claim claim, long ageDays, List<String> holders, String note, SimilarClaims.Similar alreadyChecked) {

        public Row(Claim claim, long ageDays, List<String> holders, String note) {
            this(claim, ageDays, holders, note, null);
        }

        public String checkWorthinessPercent() {
            return percent(claim.checkWorthiness);
        }
    }

    private static String percent(Double checkWorthiness) {
        return checkWorthiness == null ? "—" : Math.round(checkWorthiness * 100) + "%";
    }

    /** Filters of the queue; blank ones are ignored. */
    public record QueueFilter(String text, String tag, String claimant) {

        /** The query that finds READY claims matching the filters, in queue order, from its {@code from} on. */
        String query(Map<String, Object> params) {
            StringBuilder query = new StringBuilder("from Claim c join c.claimant where c.state = :ready");
            params.put("ready", ReviewState.READY);
            if (!blank(text)) {
                query.append(" and lower(c.text) like :text");
                params.put("text", containing(text));
            }
            if (!blank(claimant)) {
                query.append(" and lower(c.claimant.name) like :claimant");
                params.put("claimant", containing(claimant));
            }
            if (!blank(tag)) {
                query.append(" and :tag member of c.tags");
                params.put("tag", tag.strip().toLowerCase(Locale.ROOT));
            }
            // The order of the queue index (state, priority_rank, due_date, id): one page is read, not all.
            return query.append(" order by c.priorityRank, c.dueDate nulls last, c.id").toString();
        }

        /** The address of another page of the queue with the same filters. */
        public String linkTo(int page) {
            StringBuilder link = new StringBuilder("/queue");
            if (page > 0) {
                link.append("?page=").append(page);
            }
            appendParameter(link, "q", text);
            appendParameter(link, "claimant", claimant);
            appendParameter(link, "tag", tag);
            return link.toString();
        }

        /** The queue of claims with one tag, no other filter. */
        public String linkToTag(String wanted) {
            return new QueueFilter(null, wanted, null).linkTo(0);
        }

        public boolean isEmpty() {
            return blank(text) && blank(tag) && blank(claimant);
        }

        private static void appendParameter(StringBuilder link, String name, String value) {
            if (!blank(value)) {
                link.append(link.indexOf("?") < 0 ? '?' : '&').append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        }

        static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    /** A {@code like} pattern for text containing these words as typed: the database's search while the index is rebuilt. */
    private static String containing(String wanted) {
        String literal = wanted.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        return "%" + literal + "%";
    }

    /**
     * A claim in the queue: only what a reviewer reads to pick one. The queue is the page reviewers
     * reload all day, so its lines are read as plain values, not as claims Hibernate must manage.
     */
    public record QueueLine(long id, String text, String claimant, Priority priority, LocalDate dueDate, long ageDays,
            Double checkWorthiness, List<String> tags, String snippet) {
        public String checkWorthinessPercent() {
            return percent(checkWorthiness);
        }
    }

    /** One page of a list, whether another follows, and the address of any other page. */
    public record Listing<R>(List<R> rows, int page, boolean hasNext, IntFunction<String> links) {
        public boolean hasPrevious() {
            return page > 0;
        }

        public String linkTo(int other) {
            return links.apply(other);
        }

        public int pageSize() {
            return PAGE_SIZE;
        }
    }

    /**
     * READY claims, most urgent first, then soonest due; {@value #PAGE_SIZE} to a page. With text to
     * search for, the best matches come first, from the search index (from the database while it is rebuilt).
     */
    public Listing<QueueLine> queue(QueueFilter filter, int page) {
        boolean searching = !QueueFilter.blank(filter.text());
        if (searching) {
            search.requireReadable("q", filter.text());
            Optional<List<SearchHit>> hits = search.search("q", filter.text(),
                    SearchFilter.inStates(Set.of(ReviewState.READY)).withTagAndClaimant(filter.tag(), filter.claimant()),
                    page * PAGE_SIZE, PAGE_SIZE + 1);
            if (hits.isPresent()) {
                List<Long> ids = hits.get().stream().map(SearchHit::claimId).toList();
                Map<Long, Object[]> byId = new HashMap<>();
                queueLines("from Claim c where c.id in :ids", Map.of("ids", ids), 0).forEach(line -> byId.put((Long) line[0], line));
                List<Object[]> found = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
                return listing(filter, page, found, true);
            }
        }
        Map<String, Object> params = new HashMap<>();
        String query = filter.query(params);
        return listing(filter, page, queueLines(query, params, page * PAGE_SIZE), false);
    }

    /** A double review in research whose second seat is free. */
    public record SecondSeat(long id, String text, String claimant, LocalDate dueDate) {
    }

    /**
     * Double reviews in research with a seat still free that this person does not hold, in queue order:
     * the queue offers them, since they are no longer READY. At most {@value #SECOND_SEATS_SHOWN}.
     */
    public List<SecondSeat> secondReviewsWanted(String username) {
        return Claim.getEntityManager().createQuery("select c.id, c.text, c.claimant.name, c.dueDate from Claim c "
                        + "where c.state = :state and c.requiredReviews = 2 "
                        + "and (select count(s) from ReviewSeat s where s.claim = c) < 2 "
                        + "and not exists (select s from ReviewSeat s where s.claim = c and s.reviewer.username = :viewer) "
                        + "order by c.priorityRank, c.dueDate nulls last, c.id", Object[].class)
                .setParameter("state", ReviewState.IN_RESEARCH).setParameter("viewer", username)
                .setMaxResults(SECOND_SEATS_SHOWN).getResultList().stream()
                .map(row -> new SecondSeat((Long) row[0], (String) row[1], (String) row[2], (LocalDate) row[3])).toList();
    }

    private static List<Object[]> queueLines(String from, Map<String, Object> params, int first) {
        TypedQuery<Object[]> query = Claim.getEntityManager().createQuery(
                "select c.id, c.text, c.claimant.name, c.priority, c.dueDate, c.createdAt, c.checkWorthiness " + from, Object[].class);
        params.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(PAGE_SIZE + 1).getResultList();
    }

    private Listing<QueueLine> listing(QueueFilter filter, int page, List<Object[]> found, boolean marked) {
        boolean hasNext = found.size() > PAGE_SIZE;
        List<Object[]> shown = hasNext ? found.subList(0, PAGE_SIZE) : found;
        Map<Long, List<String>> tags = tagsOf(shown.stream().map(line -> (Long) line[0]).toList());
        Instant now = clock.instant();
        List<QueueLine> lines = shown.stream().map(line -> new QueueLine((Long) line[0], (String) line[1], (String) line[2],
                (Priority) line[3], (LocalDate) line[4], Duration.between((Instant) line[5], now).toDays(), (Double) line[6],
                tags.getOrDefault((Long) line[0], List.of()), marked ? search.snippet(filter.text(), (String) line[1]) : null)).toList();
        return new Listing<>(lines, page, hasNext, filter::linkTo);
    }

    /**
     * The tags of a page of claims, in one query, each claim's in alphabetical order. The ids go as
     * one array: an {@code in} list of fifty parameters makes Hibernate translate the query anew on
     * every request, and that translation cost more than the rest of the page's reads together.
     */
    @SuppressWarnings("unchecked")
    private static Map<Long, List<String>> tagsOf(List<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> tags = Claim.getEntityManager()
                .createNativeQuery("select claim_id, tag from claim_tag where claim_id = any(?1) order by claim_id, tag")
                .setParameter(1, claimIds.toArray(Long[]::new)).getResultList();
        return tags.stream().collect(Collectors.groupingBy(tag -> ((Number) tag[0]).longValue(),
                Collectors.mapping(tag -> (String) tag[1], Collectors.toList())));
    }

    /** A claim the header search found, in whatever state, with the words searched for marked. */
    public record Found(long id, String snippet, ReviewState state, String claimant) {
    }

    /**
     * Every claim matching the words, in any state, best match first, from the search index; by id
     * from the database while the index is rebuilt.
     */
    public Listing<Found> everywhere(String text, int page, IntFunction<String> links) {
        search.requireReadable("q", text);
        Optional<List<SearchHit>> hits = search.search("q", text, SearchFilter.ANY, page * PAGE_SIZE, PAGE_SIZE + 1);
        List<Object[]> rows;
        if (hits.isPresent()) {
            List<Long> ids = hits.get().stream().map(SearchHit::claimId).toList();
            Map<Long, Object[]> byId = new HashMap<>();
            foundRows("from Claim c where c.id in :ids", Map.of("ids", ids), 0).forEach(row -> byId.put((Long) row[0], row));
            rows = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        } else {
            rows = foundRows("from Claim c where lower(c.text) like :text order by c.id", Map.of("text", containing(text)),
                    page * PAGE_SIZE);
        }
        boolean hasNext = rows.size() > PAGE_SIZE;
        List<Found> shown = (hasNext ? rows.subList(0, PAGE_SIZE) : rows).stream()
                .map(row -> new Found((Long) row[0], search.snippet(text, (String) row[1]), (ReviewState) row[2], (String) row[3]))
                .toList();
        return new Listing<>(shown, page, hasNext, links);
    }

    private static List<Object[]> foundRows(String from, Map<String, Object> params, int first) {
        TypedQuery<Object[]> query = Claim.getEntityManager()
                .createQuery("select c.id, c.text, c.state, c.claimant.name " + from, Object[].class);
        params.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(PAGE_SIZE + 1).getResultList();
    }

    /** How an editor orders the new claims to triage; each order has an index of its own. */
    public enum TriageOrder {
        WORTHINESS("worthiness", "Most check-worthy first", "c.checkWorthiness desc nulls last, c.id"),
        AGE("age", "Oldest first", "c.id"),
        DUE("due", "Due soonest first", "c.dueDate nulls last, c.id");

        private final String parameter;
        private final String label;
        private final String orderBy;

        TriageOrder(String parameter, String label, String orderBy) {
            this.parameter = parameter;
            this.label = label;
            this.orderBy = orderBy;
        }

        public String parameter() {
            return parameter;
        }

        public String label() {
            return label;
        }

        /** The order a link names; the most check-worthy first when it names none. */
        public static TriageOrder of(String parameter) {
            if (parameter == null || parameter.isBlank()) {
                return WORTHINESS;
            }
            for (TriageOrder order : values()) {
                if (order.parameter.equals(parameter.strip())) {
                    return order;
                }
            }
            throw Refusal.badQuery("order", "order is one of worthiness, age or due.");
        }
    }

    /**
     * NEW claims waiting for an editor's triage in the chosen order (best match first with text to
     * search for), each marked when it was already checked.
     */
    public Listing<Row> triage(String text, TriageOrder order, int page, IntFunction<String> links) {
        Listing<Row> incoming = QueueFilter.blank(text)
                ? page("from Claim c join fetch c.claimant where c.state = :state order by " + order.orderBy,
                        Map.of("state", ReviewState.NEW), page, links)
                : matching(text, Set.of(ReviewState.NEW), page, links);
        Map<Long, SimilarClaims.Similar> checked = similarClaims.alreadyChecked(incoming.rows().stream().map(Row::claim).toList());
        List<Row> marked = incoming.rows().stream()
                .map(row -> new Row(row.claim(), row.ageDays(), row.holders(), row.note(), checked.get(row.claim().id))).toList();
        return new Listing<>(marked, incoming.page(), incoming.hasNext(), links);
    }

    /** READY and IN_RESEARCH claims, which an editor may (re)assign, in queue order (best match first with text to search for). */
    public Listing<Row> assignable(String text, int page, IntFunction<String> links) {
        if (!QueueFilter.blank(text)) {
            return matching(text, Set.of(ReviewState.READY, ReviewState.IN_RESEARCH), page, links);
        }
        return page("from Claim c join fetch c.claimant where c.state in :states order by c.priorityRank, c.dueDate nulls last, c.id",
                Map.of("states", List.of(ReviewState.READY, ReviewState.IN_RESEARCH)), page, links);
    }

    /**
     * One page of the claims in these states that match the words, best match first, from the search
     * index; oldest first from the database while the index is rebuilt.
     */
    private Listing<Row> matching(String text, Set<ReviewState> states, int page, IntFunction<String> links) {
        search.requireReadable("q", text);
        Optional<List<SearchHit>> hits = search.search("q", text, SearchFilter.inStates(states), page * PAGE_SIZE, PAGE_SIZE + 1);
        if (hits.isEmpty()) {
            return page("from Claim c join fetch c.claimant where c.state in :states and lower(c.text) like :text order by c.id",
                    Map.of("states", List.copyOf(states), "text", containing(text)), page, links);
        }
        List<Long> ids = hits.get().stream().map(SearchHit::claimId).toList();
        Map<Long, Claim> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            Claim.<Claim>find("from Claim c join fetch c.claimant where c.id in :ids", Map.of("ids", ids))
                    .withHint(HibernateHints.HINT_READ_ONLY, true).list().forEach(claim -> byId.put(claim.id, claim));
        }
        // The index may lag a change by a moment: a claim that has left these states is not shown.
        List<Claim> found = ids.stream().map(byId::get).filter(claim -> claim != null && states.contains(claim.state())).toList();
        boolean hasNext = found.size() > PAGE_SIZE;
        return new Listing<>(rows(hasNext ? found.subList(0, PAGE_SIZE) : found), page, hasNext, links);
    }

    /** Verdicts waiting for an editor, oldest first. */
    public Listing<Row> inReview(int page, IntFunction<String> links) {
        return page("from Claim c join fetch c.claimant where c.state = :state order by c.id",
                Map.of("state", ReviewState.IN_REVIEW), page, links);
    }

    /** Published claims, the latest change first. */
    public Listing<Row> published(int page, IntFunction<String> links) {
        return page("from Claim c join fetch c.claimant where c.state = :state order by c.updatedAt desc, c.id desc",
                Map.of("state", ReviewState.PUBLISHED), page, links);
    }

    /** One page of claims; one row more than a page tells whether another follows, without counting them all. */
    private Listing<Row> page(String query, Map<String, Object> params, int page, IntFunction<String> links) {
        // Read-only: a list changes nothing, so Hibernate keeps no snapshots to compare at commit.
        List<Claim> claims = Claim.<Claim>find(query, params).withHint(HibernateHints.HINT_READ_ONLY, true)
                .range(page * PAGE_SIZE, page * PAGE_SIZE + PAGE_SIZE).list();
        boolean hasNext = claims.size() > PAGE_SIZE;
        List<Claim> shown = hasNext ? claims.subList(0, PAGE_SIZE) : claims;
        return new Listing<>(rows(shown), page, hasNext, links);
    }

    /**
     * The claims a person holds that match the words, best match first, from the search index (their
     * text containing the words as typed while the index is rebuilt); all of them, in queue order,
     * without words.
     */
    public List<Row> heldBy(String username, String text) {
        List<Row> held = heldBy(username);
        if (QueueFilter.blank(text)) {
            return held;
        }
        search.requireReadable("q", text);
        if (held.isEmpty()) {
            return held;
        }
        Map<Long, Row> byId = held.stream().collect(Collectors.toMap(row -> row.claim().id, row -> row));
        Optional<DeskSearch.Narrowed<Row>> found = search.searchNarrowed("q", text,
                SearchFilter.inStates(Set.of(ReviewState.IN_RESEARCH, ReviewState.IN_REVIEW)), 0, held.size(),
                hits -> hits.stream().filter(hit -> byId.containsKey(hit.claimId()))
                        .collect(Collectors.toMap(SearchHit::claimId, hit -> byId.get(hit.claimId()), (a, b) -> a)));
        if (found.isPresent()) {
            return found.get().rows();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return held.stream().filter(row -> row.claim().text.toLowerCase(Locale.ROOT).contains(wanted)).toList();
    }

    /** The claims a person holds in research, saying which came back from an editor. */
    private List<Row> heldBy(String username) {
        Optional<Person> person = Person.findByUsername(username);
        if (person.isEmpty()) {
            return List.of();
        }
        return ReviewSeat.heldBy(person.get()).stream().map(s -> s.claim)
                .filter(c -> c.state() == ReviewState.IN_RESEARCH || c.state() == ReviewState.IN_REVIEW)
                .sorted(QUEUE_ORDER).map(c -> row(c, noteFor(c))).toList();
    }

    private Row row(Claim claim, String note) {
        return row(claim, ReviewSeat.of(claim).stream().map(s -> s.reviewer.username).toList(), note);
    }

    private Row row(Claim claim, List<String> holders, String note) {
        return new Row(claim, Duration.between(claim.createdAt, clock.instant()).toDays(), holders, note);
    }

    /** Rows for a page of claims, with every claim's seat holders read in one query. */
    private List<Row> rows(List<Claim> claims) {
        Map<Long, List<String>> holders = ReviewSeat.holdersOf(claims);
        return claims.stream().map(c -> row(c, holders.getOrDefault(c.id, List.of()), null)).toList();
    }

    private static String noteFor(Claim claim) {
        if (claim.state() == ReviewState.IN_REVIEW) {
            return "waiting for an editor";
        }
        List<ReviewEvent> history = ReviewEvent.historyOf(claim.id);
        for (int i = history.size() - 1; i >= 0; i--) {
            String action = history.get(i).action;
            if (Action.REQUEST_CHANGES.apiName().equals(action)) {
                return "sent back: " + history.get(i).comment;
            }
            if (Action.REOPEN.apiName().equals(action)) {
                return "reopened: " + history.get(i).reason;
            }
            if (Action.CLAIM.apiName().equals(action) || Action.ASSIGN.apiName().equals(action)) {
                return null;
            }
        }
        return null;
    }
}
