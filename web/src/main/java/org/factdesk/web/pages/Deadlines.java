package org.factdesk.web.pages;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * How pages tell people how long an open claim has left: {@code {due.deadline}} reads "due in 2 days",
 * "due today" or "3 days overdue", counted in UTC days as the overdue list is.
 */
@TemplateExtension
public final class Deadlines {

    private Deadlines() {
    }

    static String deadline(LocalDate due) {
        return deadlineAsOf(due, LocalDate.now(ZoneOffset.UTC));
    }

    static boolean isOverdue(LocalDate due) {
        return due != null && due.isBefore(LocalDate.now(ZoneOffset.UTC));
    }

    static String deadlineAsOf(LocalDate due, LocalDate today) {
        if (due == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today, due);
        if (days == 0) {
            return "due today";
        }
        if (days == 1) {
            return "due tomorrow";
        }
        if (days > 1) {
            return "due in " + days + " days";
        }
        return -days == 1 ? "1 day overdue" : -days + " days overdue";
    }
}
