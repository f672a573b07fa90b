package org.factdesk.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.people.Person;
import org.factdesk.workflow.Action;
import org.factdesk.workflow.ReviewEvent;
import org.factdesk.workflow.ReviewSeat;

/** The lists people work from: the queue, their own claims, triage and review. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class DeskLists {

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
        boolean matches(Claim claim) {
            return contains(claim.text, text) && contains(claim.claimant.name, claimant)
                    && (blank(tag) || claim.tags.stream().anyMatch(t -> t.equalsIgnoreCase(tag.strip())));
        }

        private static boolean contains(String value, String wanted) {
            return blank(wanted) || value.toLowerCase(Locale.ROOT).contains(wanted.strip().toLowerCase(Locale.ROOT));
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    /** READY claims, most urgent first, then soonest due. */
    public List<Row> queue(QueueFilter filter) {
        return Claim.inState(ReviewState.READY).stream().filter(filter::matches).sorted(QUEUE_ORDER)
                .map(c -> row(c, null)).toList();
    }

    /** Tags in use on READY claims, for the queue's filter. */
    public List<String> queueTags() {
        return Claim.inState(ReviewState.READY).stream().flatMap(c -> c.tags.stream()).distinct().sorted().toList();
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

    /** NEW claims waiting for an editor's triage, oldest first. */
    public List<Row> triage() {
        return Claim.inState(ReviewState.NEW).stream().map(c -> row(c, null)).toList();
    }

    /** READY and IN_RESEARCH claims, which an editor may (re)assign. */
    public List<Row> assignable() {
        return Stream.concat(Claim.inState(ReviewState.READY).stream(),
                Claim.inState(ReviewState.IN_RESEARCH).stream()).sorted(QUEUE_ORDER).map(c -> row(c, null)).toList();
    }

    public List<Row> inState(ReviewState state) {
        return Claim.inState(state).stream().map(c -> row(c, null)).toList();
    }

    private Row row(Claim claim, String note) {
        long age = Duration.between(claim.createdAt, clock.instant()).toDays();
        List<String> holders = ReviewSeat.of(claim).stream().map(s -> s.reviewer.username).toList();
        return new Row(claim, age, holders, note);
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
