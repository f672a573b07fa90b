package org.factdesk.workflow.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.factdesk.workflow.Action;
import org.factdesk.workflow.figures.DeskStatistics.FirstEvent;
import org.junit.jupiter.api.Test;

class DeskStatisticsTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    private static FirstEvent accepted(long claimId, Instant at) {
        return new FirstEvent(claimId, Action.ACCEPT.apiName(), at);
    }

    private static FirstEvent approved(long claimId, Instant at) {
        return new FirstEvent(claimId, Action.APPROVE.apiName(), at);
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleOne() {
        assertThat(DeskStatistics.median(List.of(Duration.ofHours(5), Duration.ofHours(1), Duration.ofHours(30))))
                .contains(Duration.ofHours(5));
    }

    @Test
    void theMedianOfAnEvenCountIsHalfwayBetweenTheTwoMiddleOnes() {
        assertThat(DeskStatistics.median(List.of(Duration.ofHours(10), Duration.ofHours(2), Duration.ofHours(4),
                Duration.ofDays(9)))).contains(Duration.ofHours(7));
    }

    @Test
    void theMedianOfOneDurationIsThatDuration() {
        assertThat(DeskStatistics.median(List.of(Duration.ofMinutes(90)))).contains(Duration.ofMinutes(90));
    }

    @Test
    void thereIsNoMedianWithoutDurations() {
        assertThat(DeskStatistics.median(List.of())).isEmpty();
    }

    @Test
    void timeToPublishRunsFromTheFirstAcceptanceToTheFirstApproval() {
        List<Duration> times = DeskStatistics.readyToPublished(List.of(
                accepted(7, MONDAY),
                approved(7, MONDAY.plus(Duration.ofHours(26))),
                accepted(8, MONDAY.plus(Duration.ofHours(1))),
                approved(8, MONDAY.plus(Duration.ofHours(4)))));

        assertThat(times).containsExactlyInAnyOrder(Duration.ofHours(26), Duration.ofHours(3));
    }

    @Test
    void aLaterCorrectionDoesNotLengthenTheFirstPublication() {
        List<Duration> times = DeskStatistics.readyToPublished(List.of(
                accepted(7, MONDAY),
                approved(7, MONDAY.plus(Duration.ofDays(10))),
                approved(7, MONDAY.plus(Duration.ofHours(2)))));

        assertThat(times).containsExactly(Duration.ofHours(2));
    }

    @Test
    void claimsNotYetPublishedOrNeverAcceptedAreLeftOut() {
        List<Duration> times = DeskStatistics.readyToPublished(List.of(
                accepted(1, MONDAY),
                approved(2, MONDAY.plus(Duration.ofHours(3))),
                new FirstEvent(3, Action.CLAIM.apiName(), MONDAY)));

        assertThat(times).isEmpty();
    }
}
