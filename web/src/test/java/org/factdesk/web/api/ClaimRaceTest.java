package org.factdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.factdesk.core.people.Role;
import org.factdesk.web.support.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimRaceTest {


    private static final int RACERS = 16;

    @TestHTTPResource("/api/v1/claims")
    URL claims;

    private final List<String> racers = new ArrayList<>();

    @BeforeEach
    void sixteenDistinctPeopleWhoMayClaim() {
        Desk.ensureSecondEditor();
        racers.addAll(List.of(Desk.RITA, Desk.REMY, Desk.EDNA, Desk.EDDIE));
        for (int i = 1; racers.size() < RACERS; i++) {
            String username = String.format("racer%02d", i);
            Desk.ensurePerson(username, "Racer " + i, Role.REVIEWER);
            racers.add(username);
        }
        assertThat(racers).hasSize(RACERS).doesNotHaveDuplicates();
    }

    @Test
    void sixteenSimultaneousClaimsLeaveExactlyOneWinner() throws Exception {
        long id = Desk.readyClaim("Sixteen people want this one", 1);
        long versionBefore = Desk.read(Desk.EDNA, id).getLong("version");
        URI transitions = URI.create(claims.toString() + "/" + id + "/transitions");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

        CountDownLatch ready = new CountDownLatch(RACERS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (String racer : racers) {
                HttpRequest claim = HttpRequest.newBuilder(transitions)
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", basic(racer))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"claim\"}"))
                        .build();
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return http.send(claim, HttpResponse.BodyHandlers.ofString()).statusCode();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(90, TimeUnit.SECONDS));
            }

            Map<Integer, Long> byStatus = statuses.stream()
                    .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
            assertThat(byStatus).as("statuses of the sixteen claims").containsOnly(
                    Map.entry(200, 1L), Map.entry(409, 15L));
            String winner = racers.get(statuses.indexOf(200));

            JsonPath claim = Desk.read(Desk.EDNA, id);
            assertThat(claim.getString("state")).isEqualTo("IN_RESEARCH");
            assertThat(claim.getList("assignees")).containsExactly(winner);
            assertThat(claim.getLong("version")).isEqualTo(versionBefore + 1);
            List<Map<String, Object>> claimEvents = Desk.eventsAfter(0).stream()
                    .filter(e -> ((Number) e.get("claimId")).longValue() == id && "claim".equals(e.get("action")))
                    .toList();
            assertThat(claimEvents).hasSize(1);
            assertThat(claimEvents.get(0).get("actor")).isEqualTo(winner);
            assertThat(claim.getList("history.action")).containsOnlyOnce("claim");
        } finally {
            pool.shutdownNow();
        }
    }

    private static String basic(String username) {
        String credentials = username + ":" + Desk.passwordOf(username);
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
