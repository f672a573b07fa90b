package org.factdesk.web.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jakarta.ws.rs.core.NewCookie;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.core.Refusal;
import org.factdesk.core.claim.Priority;
import org.factdesk.core.source.Stance;
import org.factdesk.workflow.Action;
import org.factdesk.workflow.administration.NewPerson;
import org.factdesk.workflow.administration.NewRatingLabel;
import org.factdesk.workflow.research.NewSource;
import org.factdesk.workflow.research.VerdictDraft;
import org.factdesk.workflow.review.ClaimWorkflow;
import org.factdesk.workflow.review.TransitionRequest;

/** Turns page form fields (all text) into the workflow's inputs, refusing bad text with the field named. */
final class FormInputs {

    private FormInputs() {
    }

    static NewSource source(String url, String title, String publisher, String publishedOn, String accessedOn,
            String stance, String quote, String archiveUrl) {
        return new NewSource(url, title, publisher, date(publishedOn, "publishedOn"), date(accessedOn, "accessedOn"),
                choice(stance, "stance", Stance.class, "Say whether the source supports, refutes or gives context."), quote,
                archiveUrl);
    }

    static VerdictDraft verdict(String rating, String summary, String explanation) {
        return new VerdictDraft(rating, summary, explanation);
    }

    static TransitionRequest transition(String action, String comment, String reason, String assignee,
            String requiredReviews, String priority, String dueDate) {
        Action known = Action.fromApiName(action).orElseThrow(() -> Refusal.invalid("action",
                "Choose an action: " + Action.allApiNames() + "."));
        Integer reviews = blank(requiredReviews) ? null : number(requiredReviews, "requiredReviews");
        Priority level = blank(priority) ? null : choice(priority, "priority", Priority.class, "Choose a priority.");
        return new TransitionRequest(known, text(comment), text(reason), text(assignee), reviews, level,
                date(dueDate, "dueDate"));
    }

    static NewPerson person(String username, String displayName, String role, String password) {
        return new NewPerson(username, displayName, role, password);
    }

    static NewRatingLabel ratingLabel(String name, String ratingValue, String definition) {
        return new NewRatingLabel(name, blank(ratingValue) ? null : number(ratingValue, "ratingValue"), definition);
    }

    /** The claims a list's checkboxes selected: at least one, at most {@code max}, each a claim number. */
    static List<Long> claimIds(List<String> selected, int max) {
        List<String> given = selected == null ? List.of() : selected.stream().filter(value -> !blank(value)).toList();
        if (given.isEmpty()) {
            throw Refusal.invalid("claim", "Select at least one claim first.");
        }
        if (given.size() > max) {
            throw Refusal.invalid("claim", "Select at most " + max + " claims at a time; " + given.size() + " were selected.");
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String value : given) {
            try {
                ids.add(Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                throw Refusal.invalid("claim", "\"" + shortened(value) + "\" is not a claim number.");
            }
        }
        return List.copyOf(ids);
    }

    /** What a step on several claims did: the claims it moved as a notice, the ones it could not as an error. */
    static NewCookie batchMessage(TransitionRequest request, List<ClaimWorkflow.Outcome> outcomes) {
        List<String> done = outcomes.stream().filter(ClaimWorkflow.Outcome::done).map(o -> "#" + o.claimId()).toList();
        String notice = done.isEmpty() ? null : switch (request.action()) {
            case ACCEPT -> "Accepted " + count(done.size()) + ": " + String.join(", ", done) + ".";
            case DISMISS -> "Dismissed " + count(done.size()) + " (" + request.reason() + "): " + String.join(", ", done) + ".";
            case ASSIGN -> "Assigned " + count(done.size()) + " to " + request.assignee() + ": " + String.join(", ", done) + ".";
            default -> throw new IllegalArgumentException("Not a triage action: " + request.action());
        };
        String refused = outcomes.stream().filter(o -> !o.done())
                .map(o -> "#" + o.claimId() + " was left as it was: " + o.refusal().getMessage())
                .collect(Collectors.joining(" "));
        return Flash.outcome(notice, refused.isEmpty() ? null : refused);
    }

    private static String count(int claims) {
        return claims == 1 ? "1 claim" : claims + " claims";
    }

    private static String shortened(String value) {
        String stripped = value.strip();
        return stripped.length() > 20 ? stripped.substring(0, 20) + "…" : stripped;
    }

    static String doneMessage(Action action, long id) {
        return switch (action) {
            case ACCEPT -> "Claim #" + id + " accepted; it is in the queue.";
            case DISMISS -> "Claim #" + id + " dismissed.";
            case CLAIM -> "You hold claim #" + id + ".";
            case ASSIGN -> "Claim #" + id + " assigned.";
            case RELEASE -> "Claim #" + id + " released.";
            case SUBMIT -> "Verdict on claim #" + id + " submitted for review.";
            case APPROVE -> "Claim #" + id + " approved and published.";
            case REQUEST_CHANGES -> "Claim #" + id + " sent back to its reviewer(s).";
            case REOPEN -> "Claim #" + id + " reopened for a correction.";
        };
    }

    private static LocalDate date(String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "Give the date as YYYY-MM-DD, e.g. 2026-12-31.");
        }
    }

    private static int number(String value, String field) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid(field, "Give a whole number.");
        }
    }

    private static <E extends Enum<E>> E choice(String value, String field, Class<E> type, String missing) {
        if (blank(value)) {
            throw Refusal.invalid(field, missing);
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(field, "\"" + value + "\" is not one of the choices.");
        }
    }

    private static String text(String value) {
        return blank(value) ? null : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
