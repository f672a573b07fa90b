package org.factdesk.workflow.conversation;

/** Why a person is told about a claim; {@link #sentence} reads "Edna Reyes assigned you claim #12". */
public enum NotificationKind {
    ASSIGNED("assigned you"),
    CHANGES_REQUESTED("asked for changes to your review of"),
    MENTIONED("mentioned you in a note on"),
    NOTE("wrote a note on"),
    APPROVED("approved and published"),
    REOPENED("reopened"),
    SECOND_REVIEW_WAITING("submitted their review; yours is awaited on");

    private final String verb;

    NotificationKind(String verb) {
        this.verb = verb;
    }

    public String sentence(String actorName, long claimId) {
        return actorName + " " + verb + " claim #" + claimId;
    }
}
