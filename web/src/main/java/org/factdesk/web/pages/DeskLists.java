package org.factdesk.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.people.Person;
import org.factdesk.workflow.Action;
import org.factdesk.workflow.ReviewEvent;
import org.factdesk.workflow.ReviewSeat;
import org.hibernate.jpa.HibernateHints;

/** The lists people work from: the queue, their own claims, triage and review. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class DeskLists {

    /** Rows on one page of the queue. */
    public static final int PAGE_SIZE = 50;

    private static final Comparator<Claim> QUEUE_ORDER = Comparator
            .comparing((Claim c) -> c.priority.rank())
            .thenComparing(c -> c.dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.id);

    private final Clock clock;

    DeskLists(Clock clock) {
        this.clock = clock;
    }

    /** A claim in a list, with what the list shows beside it. */
    public record Row(Claim claim, long ageDays, List<String> holders, String note) {
        public String checkWorthinessPercent() {
            return claim.checkWorthiness == null ? "—" : Math.round(claim.checkWorthiness * 100) + "%";
        }
    }

    /** Filters of the queue; blank ones are ignored. */
    public record QueueFilter(String text, String tag, String claimant) {

        /** The query that finds READY claims matching the filters, in queue order. */
        String query(Map<String, Object> params) {
            StringBuilder query = new StringBuilder("from Claim c join fetch c.claimant where c.state = :ready");
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

        private static String containing(String wanted) {
            String literal = wanted.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
            return "%" + literal + "%";
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    /** One page of a list, whether another follows, and the address of any other page. */
    public record Listing(List<Row> rows, int page, boolean hasNext, IntFunction<String> links) {
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

    /** READY claims, most urgent first, then soonest due; {@value #PAGE_SIZE} to a page. */
    public Listing queue(QueueFilter filter, int page) {
        Map<String, Object> params = new HashMap<>();
        return page(filter.query(params), params, page, filter::linkTo);
    }

    /** NEW claims waiting for an editor's triage, oldest first. */
    public Listing triage(int page, IntFunction<String> links) {
        return page("from Claim c join fetch c.claimant where c.state = :state order by c.id",
                Map.of("state", ReviewState.NEW), page, links);
    }

    /** READY and IN_RESEARCH claims, which an editor may (re)assign, in queue order. */
    public Listing assignable(int page, IntFunction<String> links) {
        return page("from Claim c join fetch c.claimant where c.state in :states order by c.priorityRank, c.dueDate nulls last, c.id",
                Map.of("states", List.of(ReviewState.READY, ReviewState.IN_RESEARCH)), page, links);
    }

    /** Verdicts waiting for an editor, oldest first. */
    public Listing inReview(int page, IntFunction<String> links) {
        return page("from Claim c join fetch c.claimant where c.state = :state order by c.id",
                Map.of("state", ReviewState.IN_REVIEW), page, links);
    }

    /** Published claims, the latest change first. */
    public Listing published(int page, IntFunction<String> links) {
        return page("from Claim c join fetch c.claimant where c.state = :state order by c.updatedAt desc, c.id desc",
                Map.of("state", ReviewState.PUBLISHED), page, links);
    }

    /** One page of claims; one row more than a page tells whether another follows, without counting them all. */
    private Listing page(String query, Map<String, Object> params, int page, IntFunction<String> links) {
        // Read-only: a list changes nothing, so Hibernate keeps no snapshots to compare at commit.
        List<Claim> claims = Claim.<Claim>find(query, params).withHint(HibernateHints.HINT_READ_ONLY, true)
                .range(page * PAGE_SIZE, page * PAGE_SIZE + PAGE_SIZE).list();
        boolean hasNext = claims.size() > PAGE_SIZE;
        List<Claim> shown = hasNext ? claims.subList(0, PAGE_SIZE) : claims;
        return new Listing(rows(shown), page, hasNext, links);
    }

    /** The claims a person holds in research, saying which came back from an editor. */
    public List<Row> heldBy(String username) {
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
