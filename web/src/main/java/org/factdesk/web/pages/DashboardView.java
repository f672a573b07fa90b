package org.factdesk.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.workflow.figures.DeskFigures.RatingCount;
import org.factdesk.workflow.figures.DeskFigures.StateCount;
import org.factdesk.workflow.figures.DeskFigures;
import org.factdesk.workflow.review.Agreement;

/** The desk's figures as the dashboard shows them: words for durations, "—" where there is nothing to show. */
public record DashboardView(DeskFigures figures) {

    static final String NOTHING_YET = "—";

    private static final ObjectMapper JSON = new ObjectMapper();

    public String medianTimeToPublish() {
        return figures.medianReadyToPublished().map(DashboardView::readable).orElse(NOTHING_YET);
    }

    public boolean hasAgreement() {
        return figures.agreement().pairs() > 0;
    }

    public String percentAgreement() {
        Agreement agreement = figures.agreement();
        return hasAgreement() ? String.format(Locale.ROOT, "%.0f%%", agreement.percentAgreement()) : NOTHING_YET;
    }

    public String kappa() {
        Agreement agreement = figures.agreement();
        return hasAgreement() ? String.format(Locale.ROOT, "%.2f", agreement.kappa()) : NOTHING_YET;
    }

    /** The numbers behind the charts, ready to sit inside a script element of type application/json. */
    public String chartData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("claimsByState", series("Claims", figures.claimsByState().stream().map(s -> s.state().name()).toList(),
                figures.claimsByState().stream().map(StateCount::claims).toList()));
        data.put("ratingsPublished", series("Fact-checks", figures.ratingsPublished().stream().map(RatingCount::rating).toList(),
                figures.ratingsPublished().stream().map(RatingCount::claims).toList()));
        try {
            return safeInScript(JSON.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The chart data could not be written", e);
        }
    }

    /**
     * A label such as {@code </script>} must not end the script element early, so the characters
     * HTML cares about are written as JSON escapes, which JSON.parse reads back unchanged.
     */
    static String safeInScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** A duration in the unit a desk thinks in: minutes under an hour, hours under two days, then days. */
    static String readable(Duration duration) {
        if (duration.compareTo(Duration.ofMinutes(1)) < 0) {
            return "under a minute";
        }
        if (duration.compareTo(Duration.ofHours(1)) < 0) {
            return plural(BigDecimal.valueOf(duration.toMinutes()), "minute");
        }
        if (duration.compareTo(Duration.ofHours(48)) < 0) {
            return plural(oneDecimal(duration.toMinutes() / 60.0), "hour");
        }
        return plural(oneDecimal(duration.toMinutes() / (60.0 * 24)), "day");
    }

    private static Map<String, Object> series(String title, List<String> labels, List<Long> counts) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("title", title);
        series.put("labels", labels);
        series.put("counts", counts);
        return series;
    }

    private static BigDecimal oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String plural(BigDecimal amount, String unit) {
        return amount.toPlainString() + " " + unit + (amount.compareTo(BigDecimal.ONE) == 0 ? "" : "s");
    }
}
