package org.factdesk.workflow.research;

import java.time.LocalDate;
import org.factdesk.core.source.Stance;

/** A source a reviewer cites; the access date defaults to today. */
public record NewSource(String url, String title, String publisher, LocalDate publishedOn, LocalDate accessedOn,
        Stance stance, String quote) {
}
