package org.factdesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aDeadlineAheadSaysHowManyDaysAreLeft() {
        assertThat(Deadlines.deadlineAsOf(TODAY, TODAY)).isEqualTo("due today");
        assertThat(Deadlines.deadlineAsOf(TODAY.plusDays(1), TODAY)).isEqualTo("due tomorrow");
        assertThat(Deadlines.deadlineAsOf(TODAY.plusDays(2), TODAY)).isEqualTo("due in 2 days");
        assertThat(Deadlines.deadlineAsOf(TODAY.plusDays(40), TODAY)).isEqualTo("due in 40 days");
    }

    @Test
    void aDeadlinePassedSaysHowLateTheClaimIs() {
        assertThat(Deadlines.deadlineAsOf(TODAY.minusDays(1), TODAY)).isEqualTo("1 day overdue");
        assertThat(Deadlines.deadlineAsOf(TODAY.minusDays(3), TODAY)).isEqualTo("3 days overdue");
    }

    @Test
    void noDueDateSaysNothing() {
        assertThat(Deadlines.deadlineAsOf(null, TODAY)).isEmpty();
        assertThat(Deadlines.isOverdue(null)).isFalse();
    }
}
