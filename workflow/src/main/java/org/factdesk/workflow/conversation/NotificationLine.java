package org.factdesk.workflow.conversation;

import java.time.Instant;

/** One line of a person's notifications, as the list shows it. */
public record NotificationLine(long id, long claimId, String sentence, String claimText, Instant at, boolean unread) {

    static NotificationLine of(Notification notification) {
        return new NotificationLine(notification.id, notification.claim.id, notification.sentence(),
                notification.claim.text, notification.createdAt, notification.unread());
    }
}
