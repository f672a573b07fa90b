package org.factdesk.web.pages;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages show a moment or a day to people: "7 December 2026, 06:12 UTC" and "7 December 2026", not ISO text. */
@TemplateExtension
public final class Moments {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Moments() {
    }

    static String shown(Instant at) {
        return at == null ? "" : SHOWN.format(at);
    }

    /** {@code {day.shown}} reads "14 August 2020", in the same words as a moment. */
    static String shown(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
