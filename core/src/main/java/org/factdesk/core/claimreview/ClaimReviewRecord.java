package org.factdesk.core.claimreview;

/** What {@link ClaimReviewReader} made of one record of a document, by its place in the document (from 0). */
public sealed interface ClaimReviewRecord {

    int index();

    /** A record the desk can keep. */
    record Readable(int index, ImportedClaimReview review) implements ClaimReviewRecord {
    }

    /** A record the desk cannot keep, with the reason in words the sender can act on. */
    record Unreadable(int index, String reason) implements ClaimReviewRecord {
    }
}
