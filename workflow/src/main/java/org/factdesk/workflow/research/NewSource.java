package org.factdesk.workflow.research;

import java.time.LocalDate;
import org.factdesk.core.source.Stance;

/** A source as a reviewer cites or corrects it; the access date defaults to today, the archived copy is optional. */
public record NewSource(String url, String title, String publisher, LocalDate publishedOn, LocalDate accessedOn,
        Stance stance, String quote, String archiveUrl) {
}
