package org.factdesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.web.pages.DashboardView;
import org.factdesk.workflow.figures.DeskFigures.RatingCount;
import org.factdesk.workflow.figures.DeskFigures.StateCount;
import org.factdesk.workflow.figures.DeskFigures;
import org.factdesk.workflow.review.Agreement.RatingPair;
import org.factdesk.workflow.review.Agreement;
import org.junit.jupiter.api.Test;

class DashboardViewTest {

    private static DeskFigures figures(Optional<Duration> median, List<RatingCount> ratings, Agreement agreement) {
        return new DeskFigures(LocalDate.of(2026, 3, 2), List.of(new StateCount(ReviewState.NEW, 3),
                new StateCount(ReviewState.PUBLISHED, 1)), List.of(), 0, List.of(), median, median.isPresent() ? 1 : 0,
                ratings, agreement);
    }

    private static DashboardView withMedian(Duration median) {
        return new DashboardView(figures(Optional.of(median), List.of(), Agreement.of(List.of())));
    }

    @Test
    void shortTimesToPublishAreToldInMinutes() {
        assertThat(withMedian(Duration.ofSeconds(20)).medianTimeToPublish()).isEqualTo("under a minute");
        assertThat(withMedian(Duration.ofMinutes(1)).medianTimeToPublish()).isEqualTo("1 minute");
        assertThat(withMedian(Duration.ofMinutes(45)).medianTimeToPublish()).isEqualTo("45 minutes");
    }

    @Test
    void timesUnderTwoDaysAreToldInHours() {
        assertThat(withMedian(Duration.ofHours(1)).medianTimeToPublish()).isEqualTo("1 hour");
        assertThat(withMedian(Duration.ofMinutes(330)).medianTimeToPublish()).isEqualTo("5.5 hours");
        assertThat(withMedian(Duration.ofHours(47)).medianTimeToPublish()).isEqualTo("47 hours");
    }

    @Test
    void longerTimesAreToldInDays() {
        assertThat(withMedian(Duration.ofHours(48)).medianTimeToPublish()).isEqualTo("2 days");
        assertThat(withMedian(Duration.ofHours(84)).medianTimeToPublish()).isEqualTo("3.5 days");
    }

    @Test
    void withoutPublishedClaimsOrDoubleReviewsTheFiguresShowADash() {
        DashboardView view = new DashboardView(figures(Optional.empty(), List.of(), Agreement.of(List.of())));

        assertThat(view.medianTimeToPublish()).isEqualTo("—");
        assertThat(view.hasAgreement()).isFalse();
        assertThat(view.percentAgreement()).isEqualTo("—");
        assertThat(view.kappa()).isEqualTo("—");
    }

    @Test
    void agreementIsShownAsAPercentAndKappaWithTwoDecimals() {
        DashboardView view = new DashboardView(figures(Optional.empty(), List.of(), Agreement.of(List.of(
                new RatingPair("True", "True"), new RatingPair("False", "False"),
                new RatingPair("True", "False"), new RatingPair("Misleading", "Misleading")))));

        assertThat(view.percentAgreement()).isEqualTo("75%");
        assertThat(view.kappa()).isEqualTo("0.64");
    }

    @Test
    void aLabelThatLooksLikeHtmlCannotEndTheChartDataScript() {
        DashboardView view = new DashboardView(figures(Optional.empty(),
                List.of(new RatingCount("</script><script>alert(1)</script> & more", 2)), Agreement.of(List.of())));

        String json = view.chartData();

        assertThat(json).doesNotContain("<", ">", "&")
                .contains("\\u003c/script\\u003e")
                .contains("\"claimsByState\":{\"title\":\"Claims\",\"labels\":[\"NEW\",\"PUBLISHED\"],\"counts\":[3,1]}")
                .contains("\"counts\":[2]");
    }
}
