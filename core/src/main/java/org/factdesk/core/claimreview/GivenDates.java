package org.factdesk.core.claimreview;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as fact-checkers' publishing systems write them: ISO dates and date-times with or without an
 * offset, but also "2021-7-16", "+5:30" or "+0530", "20210716" and "2 April 2018". A date-time is
 * read in its own offset, so its calendar day is the one its writer meant; only a value without any
 * offset is taken as UTC.
 */
final class GivenDates {

    private static final Pattern DATE_SPACE_TIME = Pattern.compile("^(\\d{4}-\\d{1,2}-\\d{1,2}) (?=\\d)");
    private static final Pattern SHORT_DATE = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?=$|T)");
    private static final Pattern SHORT_HOUR = Pattern.compile("T(\\d)(?=:)");
    /** An offset after a time, its hour maybe one digit and its colon maybe missing: "+5:30", "+0530", "-03". */
    private static final Pattern LOOSE_OFFSET = Pattern.compile("(?<=\\d)([+-])(\\d{1,2}):?(\\d{2})?$");
    private static final Pattern ORDINAL_DAY = Pattern.compile("\\b(\\d{1,2})(st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);
    private static final List<DateTimeFormatter> WORDED_DATES = List.of(
            worded("d MMMM uuuu"), worded("d MMM uuuu"), worded("MMMM d, uuuu"), worded("MMM d, uuuu"),
            worded("MMMM d uuuu"), worded("MMM d uuuu"), worded("d MMMM, uuuu"));

    private GivenDates() {
    }

    /** The moment a date or date-time stands for, in the offset it was written in; none when it cannot be read. */
    static Optional<OffsetDateTime> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        value = DATE_SPACE_TIME.matcher(value).replaceFirst("$1T");
        value = SHORT_DATE.matcher(value).replaceFirst(match -> match.group(1) + "-" + twoDigits(match.group(2)) + "-"
                + twoDigits(match.group(3)));
        value = SHORT_HOUR.matcher(value).replaceFirst("T0$1");
        if (value.contains("T")) {
            value = withFullOffset(value);
        }
        for (Parse parse : List.<Parse>of(OffsetDateTime::parse, v -> LocalDateTime.parse(v).atOffset(ZoneOffset.UTC),
                v -> LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC),
                v -> LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay().atOffset(ZoneOffset.UTC))) {
            try {
                return Optional.of(parse.apply(value));
            } catch (DateTimeParseException notThisForm) {
                // the next form
            }
        }
        String worded = ORDINAL_DAY.matcher(value.replaceAll("\\s+", " ")).replaceAll("$1");
        for (DateTimeFormatter form : WORDED_DATES) {
            try {
                return Optional.of(LocalDate.parse(worded, form).atStartOfDay().atOffset(ZoneOffset.UTC));
            } catch (DateTimeParseException notThisForm) {
                // the next form
            }
        }
        return Optional.empty();
    }

    /** The calendar day a date or date-time was written for, in its own offset. */
    static Optional<LocalDate> day(String text) {
        return read(text).map(OffsetDateTime::toLocalDate);
    }

    private static String withFullOffset(String value) {
        if (value.endsWith("Z") || value.endsWith("z")) {
            return value.substring(0, value.length() - 1) + "Z";
        }
        Matcher offset = LOOSE_OFFSET.matcher(value);
        if (!offset.find() || offset.start() <= value.indexOf('T')) {
            return value;
        }
        String minutes = offset.group(3) == null ? "00" : offset.group(3);
        return value.substring(0, offset.start()) + offset.group(1) + twoDigits(offset.group(2)) + ":" + minutes;
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    private static DateTimeFormatter worded(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    @FunctionalInterface
    private interface Parse {
        OffsetDateTime apply(String value);
    }
}
