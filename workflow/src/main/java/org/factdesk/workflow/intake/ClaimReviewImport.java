package org.factdesk.workflow.intake;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.factdesk.core.Refusal;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.Claimant;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.claimreview.ClaimReviewReader;
import org.factdesk.core.claimreview.ClaimReviewRecord;
import org.factdesk.core.claimreview.ImportedClaimReview;
import org.factdesk.core.people.Person;
import org.factdesk.core.people.Role;
import org.factdesk.core.verdict.ExternalVerdict;
import org.factdesk.core.verdict.PublishedVerdict;
import org.factdesk.workflow.Actors;
import org.factdesk.workflow.ConcurrentChanges;
import org.factdesk.workflow.events.EventLog.Details;
import org.factdesk.workflow.events.EventLog;
import org.jboss.logging.Logger;

/**
 * Keeps other fact-checkers' ClaimReviews as their published fact-checks: each good record becomes a
 * PUBLISHED claim with the publisher's verdict and an "import" event. Every record is stored in a
 * transaction of its own, so one that cannot be kept never costs the others; a record kept before
 * (same publisher, URL and claim) is reported, not kept twice.
 */
@ApplicationScoped
public class ClaimReviewImport {

    private static final Logger LOG = Logger.getLogger(ClaimReviewImport.class);

    private final EventLog eventLog;
    private final Clock clock;

    ClaimReviewImport(EventLog eventLog, Clock clock) {
        this.eventLog = eventLog;
        this.clock = clock;
    }

    /** Imports every record of a ClaimReview document as the named editor or admin. */
    public ImportReport importDocument(JsonNode document, String importerUsername) {
        ConcurrentChanges.inOwnTransaction(() -> requireImporter(importerUsername));
        List<ClaimReviewRecord> records = ClaimReviewReader.read(document);
        return ImportReport.of(records.stream().map(record -> importRecord(record, importerUsername)).toList());
    }

    private static Person requireImporter(String username) {
        Person importer = Actors.active(username);
        if (importer.is(Role.REVIEWER)) {
            throw Refusal.forbidden("Importing other fact-checkers' ClaimReviews is for editors and admins.");
        }
        return importer;
    }

    private ImportReport.Line importRecord(ClaimReviewRecord record, String importerUsername) {
        if (record instanceof ClaimReviewRecord.Unreadable unreadable) {
            return ImportReport.Line.failed(unreadable.index(), unreadable.reason());
        }
        ClaimReviewRecord.Readable readable = (ClaimReviewRecord.Readable) record;
        try {
            return ConcurrentChanges.inOwnTransaction(() -> keep(readable.index(), readable.review(), importerUsername));
        } catch (Refusal refusal) {
            return ImportReport.Line.failed(readable.index(), refusal.getMessage());
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString();
            LOG.errorf(e, "ClaimReview record %d could not be stored, reference %s", readable.index(), reference);
            return ImportReport.Line.failed(readable.index(),
                    "It could not be stored, so nothing was kept for it. Reference: " + reference + ".");
        }
    }

    private ImportReport.Line keep(int index, ImportedClaimReview read, String importerUsername) {
        Person importer = requireImporter(importerUsername);
        ImportedClaimReview review = withKnownPublisher(read);
        Optional<PublishedVerdict> earlier = PublishedVerdict.findImported(review.importKey())
                .or(() -> PublishedVerdict.findImported(review.earlierImportKey()).filter(kept -> review.isClaimOf(kept.claim.text)));
        if (earlier.isPresent()) {
            return ImportReport.Line.duplicate(index, earlier.get().claim.id);
        }
        Instant now = clock.instant();
        Claim claim = new Claim(review.claimText(), Claimant.named(review.claimant(), review.claimantKind()), now);
        claim.claimDate = review.claimDate();
        claim.appearanceUrl = review.appearanceUrl();
        if (review.language() != null) {
            claim.language = review.language();
        }
        claim.enter(ReviewState.PUBLISHED, now);
        claim.persist();
        PublishedVerdict.imported(claim, review.verdict(), review.importKey(), review.asPublished(), now).persist();
        String url = review.verdict().url();
        eventLog.record(claim, EventLog.IMPORTED, null, importer, Details.comment("Fact-check by "
                + review.verdict().publisher() + (url == null ? "" : ", " + url) + ", imported from their ClaimReview."));
        return ImportReport.Line.imported(index, claim.id, review.warnings());
    }

    /**
     * A fact-checker named by nothing but its web address is the publisher already known at that
     * address, when there is one, so its fact-checks are listed and searched under one name.
     */
    private static ImportedClaimReview withKnownPublisher(ImportedClaimReview review) {
        ExternalVerdict verdict = review.verdict();
        if (!review.publisherKnownByUrlOnly() || verdict.publisherUrl() == null) {
            return review;
        }
        return PublishedVerdict.publisherNamedAt(verdict.publisherUrl())
                .map(name -> new ImportedClaimReview(review.claimText(), review.claimant(), review.claimantKind(),
                        review.claimDate(), review.appearanceUrl(), review.language(),
                        new ExternalVerdict(name, verdict.publisherUrl(), verdict.url(), verdict.ratingName(),
                                verdict.ratingAsGiven(), verdict.ratingValue(), verdict.bestRating(), verdict.worstRating(),
                                verdict.explanation(), verdict.authors(), verdict.publishedAt(), verdict.datePublishedAsGiven()),
                        review.asPublished(), false, review.warnings()))
                .orElse(review);
    }
}
