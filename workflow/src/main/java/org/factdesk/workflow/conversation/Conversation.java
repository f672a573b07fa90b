package org.factdesk.workflow.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.core.Refusal;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.people.Person;
import org.factdesk.core.people.Role;
import org.factdesk.core.verdict.Verdict;
import org.factdesk.workflow.Actors;
import org.factdesk.workflow.ConcurrentChanges;
import org.factdesk.workflow.Inputs;
import org.factdesk.workflow.events.EventLog;
import org.factdesk.workflow.events.EventLog.Details;
import org.factdesk.workflow.events.ReviewEvent;
import org.factdesk.workflow.review.ReviewSeat;

/**
 * The notes people on a claim leave one another. A note is an event of the log, so it sits in the
 * claim's history beside the moves it talks about and reaches integrations through the change feed;
 * it never reaches a public page or a ClaimReview.
 */
@ApplicationScoped
public class Conversation {

    /** The event action of a note. */
    public static final String NOTE = "note";
    public static final int MAX_NOTE_LENGTH = 4000;

    private final EventLog eventLog;

    Conversation(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    /** Adds a note; the people it mentions and the others in the conversation are notified. */
    public Note write(long claimId, String text, String authorUsername) {
        return ConcurrentChanges.inOwnTransaction(() -> {
            Person author = Actors.active(authorUsername);
            Claim claim = Actors.claim(claimId);
            if (!mayWrite(claim, author)) {
                throw Refusal.forbidden("Only the claim's reviewers, people mentioned in its notes, editors and admins "
                        + "can write notes on claim #" + claimId + ".");
            }
            String note = Inputs.requireText(text, "text", "Write the note.");
            if (note.length() > MAX_NOTE_LENGTH) {
                throw Refusal.invalid("text", "A note is at most " + MAX_NOTE_LENGTH + " characters; this one has "
                        + note.length() + ".");
            }
            for (String name : Mentions.in(note)) {
                if (Person.findActive(name).isEmpty()) {
                    throw Refusal.invalid("text", "No one at the desk is called @" + name
                            + "; mention people by their username, e.g. @" + author.username + ".");
                }
            }
            ReviewEvent event = eventLog.record(claim, NOTE, claim.state(), author, Details.comment(note));
            return toNote(event, Map.of(author.username, author.displayName));
        });
    }

    /** The claim's notes, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Note> notesOf(long claimId) {
        Claim claim = Actors.claim(claimId);
        List<ReviewEvent> events = ReviewEvent.list("claimId = ?1 and action = ?2 order by seq", claim.id, NOTE);
        Map<String, String> names = displayNames(events.stream().map(e -> e.actor).collect(Collectors.toSet()));
        return events.stream().map(e -> toNote(e, names)).toList();
    }

    /** Who may write: editors and admins; a reviewer who holds or held the claim, or whom a note on it mentions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayWrite(Claim claim, Person person) {
        if (person.is(Role.EDITOR) || person.is(Role.ADMIN)) {
            return true;
        }
        return reviewersOf(claim).stream().anyMatch(p -> Objects.equals(p.id, person.id))
                || participantNames(claim).contains(person.username);
    }

    /** The people holding a seat on the claim or with a verdict on it, in that order, each once. */
    static List<Person> reviewersOf(Claim claim) {
        Map<Long, Person> people = new java.util.LinkedHashMap<>();
        for (ReviewSeat seat : ReviewSeat.of(claim)) {
            people.putIfAbsent(seat.reviewer.id, seat.reviewer);
        }
        for (Verdict verdict : Verdict.allFor(claim)) {
            people.putIfAbsent(verdict.author.id, verdict.author);
        }
        return new ArrayList<>(people.values());
    }

    /** The usernames who wrote or were mentioned in the claim's notes. */
    static Set<String> participantNames(Claim claim) {
        Set<String> names = new LinkedHashSet<>();
        for (ReviewEvent note : ReviewEvent.<ReviewEvent>list("claimId = ?1 and action = ?2 order by seq", claim.id, NOTE)) {
            names.add(note.actor);
            names.addAll(Mentions.in(note.comment));
        }
        return names;
    }

    private static Note toNote(ReviewEvent event, Map<String, String> names) {
        return new Note(event.seq, event.claimId, event.actor, names.getOrDefault(event.actor, event.actor), event.at,
                event.comment, Mentions.in(event.comment));
    }

    private static Map<String, String> displayNames(Set<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return Person.<Person>list("username in ?1", usernames).stream()
                .collect(Collectors.toMap(p -> p.username, p -> p.displayName, (a, b) -> a));
    }
}
