package org.factdesk.web.api;

import java.time.LocalDate;
import org.factdesk.core.source.Stance;
import org.factdesk.workflow.research.NewSource;

/**
 * {@code POST /api/v1/claims/{id}/sources} and {@code PUT …/sources/{sourceId}}: url, title and stance
 * (supports, refutes, context) are required; archiveUrl is an archived copy of the page.
 */
public record SourceBody(String url, String title, String publisher, LocalDate publishedOn, LocalDate accessedOn,
        Stance stance, String quote, String archiveUrl) {

    NewSource toNewSource() {
        return new NewSource(url, title, publisher, publishedOn, accessedOn, stance, quote, archiveUrl);
    }
}
