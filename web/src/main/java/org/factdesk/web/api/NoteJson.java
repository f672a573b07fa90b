package org.factdesk.web.api;

import java.time.Instant;
import java.util.List;
import org.factdesk.workflow.conversation.Note;

/** One note of a claim's conversation; {@code seq} is its event's number in the change feed. */
public record NoteJson(long seq, long claimId, String author, String authorName, Instant at, String text,
        List<String> mentions) {

    static NoteJson of(Note note) {
        return new NoteJson(note.seq(), note.claimId(), note.author(), note.authorName(), note.at(), note.text(),
                note.mentions());
    }

    /** {@code GET /api/v1/claims/{id}/notes}. */
    public record NotesJson(List<NoteJson> notes) {
    }
}
