package org.factdesk.workflow.conversation;

import java.time.Instant;
import java.util.List;

/** One note of a claim's conversation: an event of the log whose action is {@link Conversation#NOTE}. */
public record Note(long seq, long claimId, String author, String authorName, Instant at, String text, List<String> mentions) {
}
