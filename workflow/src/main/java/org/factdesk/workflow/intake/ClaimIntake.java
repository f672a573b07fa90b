package org.factdesk.workflow.intake;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.TreeSet;
import org.factdesk.core.Refusal;
import org.factdesk.core.article.Article;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.Claimant;
import org.factdesk.workflow.Actors;
import org.factdesk.workflow.ConcurrentChanges;
import org.factdesk.workflow.Inputs;
import org.factdesk.workflow.WebAddresses;
import org.factdesk.workflow.events.EventLog.Details;
import org.factdesk.workflow.events.EventLog;

/** Takes in new claims from people and integrations; each starts NEW, waiting for triage. */
@ApplicationScoped
public class ClaimIntake {

    public static final int MAX_CLAIMANT_LENGTH = 200;
    public static final int MAX_CONTEXT_LENGTH = 4000;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG_LENGTH = 64;
    public static final int MAX_LANGUAGE_LENGTH = 16;

    private final EventLog eventLog;
    private final Clock clock;

    ClaimIntake(EventLog eventLog, Clock clock) {
        this.eventLog = eventLog;
        this.clock = clock;
    }

    public long submit(NewClaim submission, Submitter submitter) {
        return submit(submission, null, null, null, submitter);
    }

    /** Submits a claim found in an article, at the given character offsets of its body. */
    public long submit(NewClaim submission, Long articleId, Integer start, Integer end, Submitter submitter) {
        return ConcurrentChanges.inOwnTransaction(() -> {
            String actor = submitter.integration() ? submitter.name() : Actors.active(submitter.name()).username;
            validate(submission);
            Instant now = clock.instant();
            Claim claim = new Claim(submission.text().strip(), Claimant.named(submission.claimant()), now);
            claim.context = blankToNull(submission.context());
            claim.claimDate = submission.claimDate();
            claim.appearanceUrl = blankToNull(submission.appearanceUrl());
            if (submission.language() != null && !submission.language().isBlank()) {
                claim.language = submission.language().strip();
            }
            claim.tags = new TreeSet<>();
            if (submission.tags() != null) {
                submission.tags().stream().map(ClaimIntake::normalTag).filter(t -> !t.isEmpty()).forEach(claim.tags::add);
            }
            claim.article = articleId == null ? null : Article.findById(articleId);
            claim.articleStart = start;
            claim.articleEnd = end;
            claim.persist();
            eventLog.record(claim, EventLog.CREATED, null, actor, Details.NONE);
            return claim.id;
        });
    }

    /** Refuses a claim that could not be stored, naming the field; public so a batch can check every claim before making the first. */
    public static void validate(NewClaim submission) {
        Inputs.requireText(submission.text(), "text", "Write the claim's text.");
        if (submission.text().strip().length() > Claim.MAX_TEXT_LENGTH) {
            throw Refusal.invalid("text", "A claim is at most " + Claim.MAX_TEXT_LENGTH
                    + " characters; quote the checkable sentence and put the rest in the context.");
        }
        Inputs.requireText(submission.claimant(), "claimant", "Say who made the claim.");
        if (submission.claimant().strip().length() > MAX_CLAIMANT_LENGTH) {
            throw Refusal.invalid("claimant", "A claimant's name is at most " + MAX_CLAIMANT_LENGTH + " characters.");
        }
        if (submission.context() != null && submission.context().length() > MAX_CONTEXT_LENGTH) {
            throw Refusal.invalid("context", "The context is at most " + MAX_CONTEXT_LENGTH + " characters.");
        }
        if (submission.appearanceUrl() != null && !submission.appearanceUrl().isBlank()) {
            WebAddresses.requireHttp(submission.appearanceUrl(), "appearanceUrl");
        }
        if (submission.language() != null && !submission.language().isBlank()
                && (submission.language().strip().length() > MAX_LANGUAGE_LENGTH
                        || !submission.language().strip().matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}"))) {
            throw Refusal.invalid("language", "Give the language as a tag such as \"en\" or \"pt-BR\".");
        }
        if (submission.tags() != null) {
            if (submission.tags().size() > MAX_TAGS) {
                throw Refusal.invalid("tags", "At most " + MAX_TAGS + " tags.");
            }
            // Measured as kept: lower case can be longer than the text typed.
            if (submission.tags().stream().anyMatch(t -> t == null || normalTag(t).length() > MAX_TAG_LENGTH)) {
                throw Refusal.invalid("tags", "Each tag is text of at most " + MAX_TAG_LENGTH + " characters.");
            }
        }
    }

    private static String normalTag(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
