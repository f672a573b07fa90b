package org.factdesk.web.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDNA;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.web.support.Desk;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsTest {

    @Test
    void committedActionsAndQueueDepthAreMetrics() {
        double acceptedBefore = metric("factdesk_actions_total\\{action=\"accept\"\\}");
        long id = Desk.newClaim("Counted in the metrics");

        Desk.ok(Desk.act(EDNA, id, "accept"));

        assertThat(metric("factdesk_actions_total\\{action=\"accept\"\\}")).isEqualTo(acceptedBefore + 1);
        double ready = metric("factdesk_claims\\{state=\"READY\"\\}");
        assertThat(ready).isEqualTo(Desk.as(EDNA).queryParam("state", "READY").queryParam("limit", 200)
                .get(Desk.CLAIMS).jsonPath().getList("items").size());
        assertThat(given().get("/q/metrics").asString()).contains("http_server_requests_seconds_count");
    }

    private static double metric(String pattern) {
        Matcher value = Pattern.compile("^" + pattern + " ([0-9.E]+)$", Pattern.MULTILINE).matcher(given().get("/q/metrics").asString());
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
