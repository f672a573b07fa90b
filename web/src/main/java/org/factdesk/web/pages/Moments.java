package org.factdesk.web.pages;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages show a moment to people: {@code {at.shown}} reads "7 December 2026, 06:12 UTC", not an ISO timestamp. */
@TemplateExtension
public final class Moments {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Moments() {
    }

    static String shown(Instant at) {
        return at == null ? "" : SHOWN.format(at);
    }
}
