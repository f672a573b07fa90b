package org.factdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDNA;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.factdesk.web.support.Desk;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeFeedTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aWaitingPollIsWokenByATransitionFromAnotherRequest() throws Exception {
        long id = Desk.newClaim("Wakes the poller");
        long last = Desk.lastSeq();

        long started = System.nanoTime();
        CompletableFuture<Response> poll = CompletableFuture.supplyAsync(() ->
                Desk.as(EDNA).queryParam("after", last).queryParam("wait", 30).get("/api/v1/events"));
        Thread.sleep(500);
        assertThat(poll).as("held while nothing happens").isNotDone();
        Desk.ok(Desk.act(EDNA, id, "accept"));

        Response answer = poll.get(10, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(answer.statusCode()).isEqualTo(200);
        List<Map<String, Object>> events = answer.jsonPath().getList("events");
        assertThat(events).isNotEmpty();
        assertThat(events.get(0)).containsEntry("action", "accept").containsEntry("claimId", (int) id);
        assertThat(seconds).as("answered soon after the commit, long before the 30 s wait").isLessThan(10);
    }

    @Test
    void aWaitingPollWithNothingNewAnswersEmptyWhenTheWaitIsOver() {
        long last = Desk.lastSeq();

        Response answer = Desk.as(EDNA).queryParam("after", last + 1000).queryParam("wait", 1).get("/api/v1/events");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.jsonPath().getList("events")).isEmpty();
        assertThat(answer.jsonPath().getLong("last")).isEqualTo(last + 1000);
    }

    @Test
    void afterLatestSkipsTheHistoryAndAnswersWithTheSeqToPollFrom() {
        long id = Desk.newClaim("Seen from now on");
        long last = Desk.lastSeq();

        Response answer = Desk.as(EDNA).queryParam("after", "latest").get("/api/v1/events");
        Desk.ok(Desk.act(EDNA, id, "accept"));
        Response next = Desk.as(EDNA).queryParam("after", answer.jsonPath().getLong("last")).get("/api/v1/events");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.jsonPath().getList("events")).isEmpty();
        assertThat(answer.jsonPath().getLong("last")).isGreaterThanOrEqualTo(last);
        assertThat(next.jsonPath().getList("events.action")).contains("accept");
    }

    @Test
    void waitBeyondSixtySecondsIsRefused() {
        Desk.as(EDNA).queryParam("wait", 61).get("/api/v1/events").then().statusCode(400)
                .contentType(Desk.PROBLEM_JSON);
    }

    @Test
    void theStreamPushesATransitionAsAServerSentEvent() throws Exception {
        long id = Desk.newClaim("Streamed");
        long last = Desk.lastSeq();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/events/stream?after=" + last))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("edna:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);

        Desk.ok(Desk.act(EDNA, id, "accept"));

        CompletableFuture<String> firstData = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                StringBuilder event = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    event.append(line).append('\n');
                    if (line.startsWith("data:")) {
                        return event.toString();
                    }
                }
                return event.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String event = firstData.get(15, TimeUnit.SECONDS);
        assertThat(event).contains("event:accept").contains("\"claimId\":" + id).containsPattern("id:\\d+");
    }
}
