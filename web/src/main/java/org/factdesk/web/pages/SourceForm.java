package org.factdesk.web.pages;

import java.util.Locale;
import org.factdesk.core.source.Source;

/** A cited source as the edit form shows it: every field as the text the form sends back. */
public record SourceForm(long claimId, long id, String title, String url, String publisher, String publishedOn,
        String accessedOn, String stance, String quote, String archiveUrl) {

    static SourceForm of(long claimId, Source source) {
        return new SourceForm(claimId, source.id, source.title, source.url, text(source.publisher), text(source.publishedOn),
                text(source.accessedOn), source.stance.name().toLowerCase(Locale.ROOT), text(source.quote),
                text(source.archiveUrl));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
