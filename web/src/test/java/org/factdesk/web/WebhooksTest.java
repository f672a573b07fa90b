package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.Desk.ADA;
import static org.factdesk.web.Desk.EDNA;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.factdesk.web.webhooks.WebhookSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhooksTest {

    /** A local receiver that refuses its first two requests, then accepts. */
    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusalsLeft = new AtomicInteger(2);

    record Received(String body, String signature, String event, int answered) {
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = refusalsLeft.getAndDecrement() > 0 ? 500 : 204;
            received.add(new Received(body, exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                    exchange.getRequestHeaders().getFirst("X-Factdesk-Event"), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aReceiverGetsSignedDeliveriesRetriedUntilItAccepts() throws InterruptedException {
        String secret = "a-shared-secret-of-the-receiver";
        Response registered = Desk.as(ADA).body(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                "events", List.of("accept"), "secret", secret)).post("/api/v1/webhooks");
        assertThat(registered.statusCode()).as(registered.asString()).isEqualTo(201);
        long hook = registered.jsonPath().getLong("id");
        long id = Desk.newClaim("Announced by webhook");

        Desk.ok(Desk.act(EDNA, id, "accept"));

        waitUntil(() -> received.stream().anyMatch(r -> r.answered() == 204), Duration.ofSeconds(20));
        assertThat(received).hasSizeGreaterThanOrEqualTo(3);
        for (Received delivery : received) {
            assertThat(delivery.event()).isEqualTo("accept");
            assertThat(delivery.signature()).isEqualTo(WebhookSignature.of(delivery.body(), secret));
            assertThat(delivery.body()).contains("\"claimId\":" + id).contains("\"action\":\"accept\"");
        }
        List<Map<String, Object>> deliveries = Desk.as(ADA).get("/api/v1/webhooks/" + hook + "/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(deliveries).anySatisfy(d -> {
            assertThat(d).containsEntry("status", "delivered").containsEntry("attempts", 3).containsEntry("lastStatus", 204);
        });
        Desk.as(ADA).delete("/api/v1/webhooks/" + hook).then().statusCode(204);
    }

    @Test
    void aWebhookIsOnlyForAdminsAndBadInputNamesTheField() {
        Desk.as(EDNA).body(Map.of("url", "http://127.0.0.1/x", "events", List.of("*"))).post("/api/v1/webhooks")
                .then().statusCode(403);
        Desk.as(ADA).body(Map.of("url", "not a url", "events", List.of("*"))).post("/api/v1/webhooks")
                .then().statusCode(422).contentType(Desk.PROBLEM_JSON);
        String field = Desk.as(ADA).body(Map.of("url", "http://127.0.0.1/x", "events", List.of("explode")))
                .post("/api/v1/webhooks").then().statusCode(422).extract().path("field");
        assertThat(field).isEqualTo("events");
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
