package org.factdesk.web.pages;

import java.util.Locale;
import org.factdesk.core.source.Source;

/** A source as its form shows it, blank to cite one or filled in to correct one: every field as the text the form sends back. */
public record SourceForm(long claimId, long id, String title, String url, String publisher, String publishedOn,
        String accessedOn, String stance, String quote, String archiveUrl) {

    /** The empty form that cites a new source. */
    static SourceForm blank(long claimId) {
        return new SourceForm(claimId, 0, "", "", "", "", "", "", "", "");
    }

    /** Whether the form corrects a source already cited, which has an access date to correct too. */
    public boolean cited() {
        return id > 0;
    }

    static SourceForm of(long claimId, Source source) {
        return new SourceForm(claimId, source.id, source.title, source.url, text(source.publisher), text(source.publishedOn),
                text(source.accessedOn), source.stance.name().toLowerCase(Locale.ROOT), text(source.quote),
                text(source.archiveUrl));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
