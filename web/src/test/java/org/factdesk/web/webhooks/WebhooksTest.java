package org.factdesk.web.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.ADA;
import static org.factdesk.web.support.Desk.EDNA;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.PageSession;
import org.factdesk.web.webhooks.HostResolver;
import org.factdesk.web.webhooks.SystemHostResolver;
import org.factdesk.web.webhooks.WebhookSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The test profile allows the name localhost only, so the receivers here are reached by that name. */
@QuarkusTest
class WebhooksTest {

    /** A local receiver that refuses its first two requests, then accepts; /moved answers with a redirect to /hook. */
    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusalsLeft = new AtomicInteger(2);
    private final AtomicInteger redirected = new AtomicInteger();

    record Received(String body, String signature, String event, int answered) {
    }

    /** Answers one name with the addresses a test sets, and leaves every other name to the system. */
    static final class ChangingName extends SystemHostResolver {
        private final String name;
        private volatile List<InetAddress> answer;

        ChangingName(String name, String address) throws UnknownHostException {
            this.name = name;
            answer(address);
        }

        void answer(String address) throws UnknownHostException {
            answer = List.of(InetAddress.getByName(address));
        }

        @Override
        public List<InetAddress> addressesOf(String host) throws UnknownHostException {
            return host.equals(name) ? answer : super.addressesOf(host);
        }
    }

    @BeforeEach
    void startReceiver() throws IOException {
        // Where the dispatcher connects for localhost: the first of its addresses.
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getByName("localhost"), 0), 0);
        receiver.createContext("/moved", exchange -> {
            redirected.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Location", receiverUrl("/hook"));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
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
        Response registered = Desk.as(ADA).body(Map.of("url", receiverUrl("/hook"),
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

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"http://127.0.0.1:5432/", "http://[::1]/", "http://169.254.169.254/latest/meta-data/",
            "http://[fe80::1]/", "http://10.0.0.5/", "http://172.16.0.1/", "http://192.168.1.1/", "http://[fd00::1]/",
            "http://100.64.0.1/", "http://224.0.0.1/", "http://0.0.0.0/", "http://[::]/", "http://255.255.255.255/",
            "http://[::ffff:127.0.0.1]/", "http://2130706433/", "http://0x7f000001/", "http://0177.0.0.1/",
            "https://receiver.example/hook"})
    void aReceiverOffThePublicInternetIsRefusedAtRegistrationNamingTheUrl(String url) {
        int before = webhookCount();

        Response refused = Desk.as(ADA).body(Map.of("url", url, "events", List.of("*"))).post("/api/v1/webhooks");

        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith(Desk.PROBLEM_JSON);
        assertThat(refused.jsonPath().getString("field")).isEqualTo("url");
        assertThat(refused.jsonPath().getString("detail")).containsAnyOf("public internet", "unusual spelling", "does not resolve");
        assertThat(webhookCount()).as("nothing registered").isEqualTo(before);
    }

    @Test
    void aNameThatDoesNotResolveIsRefusedSayingSo() {
        String detail = Desk.as(ADA).body(Map.of("url", "https://receiver.example/hook", "events", List.of("*")))
                .post("/api/v1/webhooks").then().statusCode(422).extract().path("detail");

        assertThat(detail).contains("\"receiver.example\" does not resolve");
    }

    @Test
    void aNameThatResolvesToAPrivateAddressIsRefusedAtRegistration() throws UnknownHostException {
        QuarkusMock.installMockForType(new ChangingName("hooks.example.com", "10.0.0.5"), HostResolver.class);

        String detail = Desk.as(ADA).body(Map.of("url", "https://hooks.example.com/in", "events", List.of("*")))
                .post("/api/v1/webhooks").then().statusCode(422).extract().path("detail");

        assertThat(detail).contains("hooks.example.com resolves to 10.0.0.5, which is a private address");
    }

    @Test
    void aReceiverWhoseNameTurnsToAnInternalAddressIsRefusedAtDeliveryAndNothingIsSent() throws Exception {
        ChangingName dns = new ChangingName("hooks.example.com", "93.184.215.14");
        QuarkusMock.installMockForType(dns, HostResolver.class);
        long hook = register("http://hooks.example.com:" + receiver.getAddress().getPort() + "/hook");
        // Now the name points at this machine, where the receiver listens: a request sent would arrive there.
        dns.answer("127.0.0.1");

        Desk.ok(Desk.act(EDNA, Desk.newClaim("Announced to a receiver that moved inside"), "accept"));

        Map<String, Object> delivery = firstDeliveryOf(hook, d -> !"pending".equals(d.get("status")));
        assertThat(delivery).containsEntry("status", "failed").containsEntry("attempts", 1).doesNotContainKey("lastStatus");
        assertThat((String) delivery.get("lastError")).startsWith("Not sent")
                .contains("hooks.example.com resolves to 127.0.0.1, which is a loopback address");
        assertThat(received).as("no request reached the address").isEmpty();
        Desk.as(ADA).delete("/api/v1/webhooks/" + hook).then().statusCode(204);
    }

    @Test
    void aRedirectFromAReceiverIsNotFollowedAndFailsTheDelivery() throws Exception {
        long hook = register(receiverUrl("/moved"));

        Desk.ok(Desk.act(EDNA, Desk.newClaim("Announced to a receiver that redirects"), "accept"));

        Map<String, Object> delivery = firstDeliveryOf(hook, d -> !"pending".equals(d.get("status")));
        assertThat(delivery).containsEntry("status", "failed").containsEntry("attempts", 1).containsEntry("lastStatus", 302);
        assertThat((String) delivery.get("lastError")).contains("redirects are not followed");
        assertThat(redirected).hasValue(1);
        assertThat(received).as("the redirect's target heard nothing").isEmpty();
        Desk.as(ADA).delete("/api/v1/webhooks/" + hook).then().statusCode(204);
    }

    @Test
    void aReceiverRefusedOnThePageComesBackWithTheMessageNextToTheUrl() {
        PageSession ada = PageSession.signIn(ADA);

        Response answer = ada.submit("/admin/integrations", "/admin/integrations/webhooks",
                Map.of("url", "http://169.254.169.254/latest/meta-data/", "events", "*"));

        assertThat(answer.statusCode()).isEqualTo(303);
        String page = ada.get("/admin/integrations").asString();
        assertThat(page).contains("id=\"url-error\"").contains("169.254.169.254 is a link-local address")
                .contains("value=\"http://169.254.169.254/latest/meta-data/\"");
    }

    private long register(String url) {
        Response registered = Desk.as(ADA).body(Map.of("url", url, "events", List.of("accept"))).post("/api/v1/webhooks");
        assertThat(registered.statusCode()).as(registered.asString()).isEqualTo(201);
        return registered.jsonPath().getLong("id");
    }

    private String receiverUrl(String path) {
        return "http://localhost:" + receiver.getAddress().getPort() + path;
    }

    private static int webhookCount() {
        return Desk.as(ADA).get("/api/v1/webhooks").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    private static Map<String, Object> firstDeliveryOf(long hook, Predicate<Map<String, Object>> settled)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            List<Map<String, Object>> deliveries = Desk.as(ADA).get("/api/v1/webhooks/" + hook + "/deliveries")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            if (!deliveries.isEmpty() && settled.test(deliveries.get(0)) || System.nanoTime() > deadline) {
                assertThat(deliveries).as("deliveries of webhook #%d", hook).hasSize(1);
                return deliveries.get(0);
            }
            Thread.sleep(100);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
