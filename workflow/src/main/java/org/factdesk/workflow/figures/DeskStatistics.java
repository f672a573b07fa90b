package org.factdesk.workflow.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.people.Person;
import org.factdesk.core.people.Role;
import org.factdesk.core.verdict.RatingLabel;
import org.factdesk.workflow.Action;
import org.factdesk.workflow.events.ReviewEvent;
import org.factdesk.workflow.figures.DeskFigures.OverdueClaim;
import org.factdesk.workflow.figures.DeskFigures.RatingCount;
import org.factdesk.workflow.figures.DeskFigures.ReviewerLoad;
import org.factdesk.workflow.figures.DeskFigures.StateCount;
import org.factdesk.workflow.review.DoubleReviews;
import org.factdesk.workflow.review.ReviewSeat;

/**
 * Computes the desk's figures from the claims, the review seats, the published versions and the
 * event log. Read-only; the arithmetic that needs no database is in static methods of its own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeskStatistics {

    /** The first time a claim went through one action, from the event log. */
    record FirstEvent(long claimId, String action, Instant at) {
    }

    /** A desk far behind has thousands of late claims; the dashboard lists the longest overdue and counts the rest. */
    static final int OVERDUE_SHOWN = 50;

    private final EntityManager entityManager;
    private final DoubleReviews doubleReviews;
    private final Clock clock;

    DeskStatistics(EntityManager entityManager, DoubleReviews doubleReviews, Clock clock) {
        this.entityManager = entityManager;
        this.doubleReviews = doubleReviews;
        this.clock = clock;
    }

    public DeskFigures figures() {
        LocalDate today = LocalDate.now(clock);
        List<Duration> publishingTimes = readyToPublished(firstAcceptsAndApprovals());
        return new DeskFigures(today, claimsByState(), overdueClaims(today), Claim.countOverdue(today), reviewerLoads(), median(publishingTimes),
                publishingTimes.size(), ratingsPublished(), doubleReviews.agreement());
    }

    /** Every state, in workflow order, with its count; states without claims count 0. */
    private List<StateCount> claimsByState() {
        Map<ReviewState, Long> counts = new EnumMap<>(ReviewState.class);
        for (ReviewState state : ReviewState.values()) {
            counts.put(state, 0L);
        }
        entityManager.createQuery("select c.state, count(c) from Claim c group by c.state", Object[].class)
                .getResultList().forEach(row -> counts.put((ReviewState) row[0], (Long) row[1]));
        return counts.entrySet().stream().map(e -> new StateCount(e.getKey(), e.getValue())).toList();
    }

    private List<OverdueClaim> overdueClaims(LocalDate today) {
        return Claim.overdue(today, OVERDUE_SHOWN).stream()
                .map(c -> new OverdueClaim(c.id, c.text, c.claimant.name, c.state(), c.dueDate,
                        ChronoUnit.DAYS.between(c.dueDate, today)))
                .toList();
    }

    /**
     * Everyone who could take a claim, with what they hold in research, busiest first. People who
     * hold claims although they are no longer active are listed too, so an editor sees what to reassign.
     */
    private List<ReviewerLoad> reviewerLoads() {
        Map<Long, Long> held = new HashMap<>();
        entityManager.createQuery("select s.reviewer.id, count(s) from ReviewSeat s where s.claim.state = :state"
                + " group by s.reviewer.id", Object[].class)
                .setParameter("state", ReviewState.IN_RESEARCH)
                .getResultList().forEach(row -> held.put((Long) row[0], (Long) row[1]));
        Map<Long, Person> people = new LinkedHashMap<>();
        Person.withRole(Role.REVIEWER).forEach(p -> people.put(p.id, p));
        Person.withRole(Role.EDITOR).forEach(p -> people.put(p.id, p));
        held.keySet().stream().filter(id -> !people.containsKey(id))
                .forEach(id -> people.put(id, Person.findById(id)));
        return people.values().stream()
                .map(p -> new ReviewerLoad(p.username, p.displayName, p.role.roleName(), p.active, held.getOrDefault(p.id, 0L)))
                .sorted(Comparator.comparingLong(ReviewerLoad::claimsInResearch).reversed()
                        .thenComparing(ReviewerLoad::username))
                .toList();
    }

    private List<FirstEvent> firstAcceptsAndApprovals() {
        return entityManager.createQuery("select e.claimId, e.action, min(e.at) from ReviewEvent e"
                + " where e.action in :actions group by e.claimId, e.action", Object[].class)
                .setParameter("actions", List.of(Action.ACCEPT.apiName(), Action.APPROVE.apiName()))
                .getResultList().stream()
                .map(row -> new FirstEvent((Long) row[0], (String) row[1], (Instant) row[2]))
                .toList();
    }

    /** Ratings of the latest published version of each claim, in scale order; labels no longer on the scale last. */
    private List<RatingCount> ratingsPublished() {
        List<RatingCount> counts = new ArrayList<>(entityManager.createQuery("select p.ratingName, count(p)"
                + " from PublishedVerdict p"
                + " where p.version = (select max(q.version) from PublishedVerdict q where q.claim = p.claim)"
                + " group by p.ratingName", Object[].class)
                .getResultList().stream().map(row -> new RatingCount((String) row[0], (Long) row[1])).toList());
        List<String> scaleOrder = RatingLabel.withRetired().stream().map(r -> r.name).toList();
        counts.sort(Comparator.comparingInt((RatingCount c) -> positionIn(scaleOrder, c.rating()))
                .thenComparing(RatingCount::rating));
        return counts;
    }

    /**
     * For each published claim, the time from its first acceptance (NEW to READY) to its first
     * approval (publication). Claims that never went through both, such as imported ones, are left out.
     */
    static List<Duration> readyToPublished(List<FirstEvent> firstEvents) {
        Map<Long, Instant> accepted = new HashMap<>();
        Map<Long, Instant> approved = new HashMap<>();
        for (FirstEvent event : firstEvents) {
            Map<Long, Instant> firsts = Action.ACCEPT.apiName().equals(event.action()) ? accepted
                    : Action.APPROVE.apiName().equals(event.action()) ? approved : null;
            if (firsts != null) {
                firsts.merge(event.claimId(), event.at(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<Duration> durations = new ArrayList<>();
        approved.forEach((claimId, publishedAt) -> {
            Instant readyAt = accepted.get(claimId);
            if (readyAt != null && !publishedAt.isBefore(readyAt)) {
                durations.add(Duration.between(readyAt, publishedAt));
            }
        });
        return durations;
    }

    /** The middle duration; with an even count, halfway between the two middle ones. Empty when there are none. */
    static Optional<Duration> median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return Optional.of(sorted.get(middle));
        }
        Duration below = sorted.get(middle - 1);
        return Optional.of(below.plus(sorted.get(middle).minus(below).dividedBy(2)));
    }

    private static int positionIn(List<String> scaleOrder, String rating) {
        int index = scaleOrder.indexOf(rating);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
