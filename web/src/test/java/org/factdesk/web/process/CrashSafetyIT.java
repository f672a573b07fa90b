package org.factdesk.web.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Kills the packaged application with SIGKILL while clients are submitting and accepting claims,
 * starts it again on the same H2 file database, and checks that every request that got a 2xx is
 * there, and that claims and events agree. Runs after packaging (failsafe), against the real jar.
 */
class CrashSafetyIT {

    private static final String EDNA = "Basic " + Base64.getEncoder().encodeToString("edna:demo".getBytes(StandardCharsets.UTF_8));
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z_]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void everyAcknowledgedTransitionSurvivesAKill() throws Exception {
        assertThat(PackagedApp.H2_JAR).as("the packaged application").exists();
        Path workDir = Files.createTempDirectory("factdesk-crash");
        int port = PackagedApp.freePort();
        PackagedApp first = start(workDir, port);
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            first.awaitReady();
            for (int c = 0; c < 4; c++) {
                int client = c;
                clients.submit(() -> {
                    for (int i = 0; running.get() && i < 10_000; i++) {
                        try {
                            HttpResponse<String> created = post(port, "/api/v1/claims",
                                    "{\"text\":\"Crash claim " + client + "-" + i + "\",\"claimant\":\"Crash tester\"}");
                            if (created.statusCode() != 201) {
                                continue;
                            }
                            long id = firstNumber(ID, created.body());
                            acknowledged.put(id, "NEW");
                            HttpResponse<String> accepted = post(port, "/api/v1/claims/" + id + "/transitions", "{\"action\":\"accept\"}");
                            if (accepted.statusCode() == 200) {
                                acknowledged.put(id, "READY");
                            }
                        } catch (IOException | InterruptedException e) {
                            return; // the server is gone
                        }
                    }
                });
            }
            Thread.sleep(4000);
        } finally {
            first.kill();
            running.set(false);
            clients.shutdownNow();
            clients.awaitTermination(10, TimeUnit.SECONDS);
        }
        assertThat(acknowledged).as("claims acknowledged before the kill").isNotEmpty();
        System.out.printf("Crash safety: %d claims acknowledged (%d of them accepted) before SIGKILL%n", acknowledged.size(),
                acknowledged.values().stream().filter("READY"::equals).count());

        try (PackagedApp second = start(workDir, port)) {
            second.awaitReady();
            for (Map.Entry<Long, String> claim : acknowledged.entrySet()) {
                HttpResponse<String> read = get(port, "/api/v1/claims/" + claim.getKey());
                assertThat(read.statusCode()).as("claim #" + claim.getKey() + " after the restart").isEqualTo(200);
                String state = matchOf(STATE, read.body());
                if (claim.getValue().equals("READY")) {
                    assertThat(state).as("accepted claim #" + claim.getKey()).isEqualTo("READY");
                }
                int events = countOf("\"seq\":", read.body());
                assertThat(events).as("events of claim #" + claim.getKey()).isEqualTo(state.equals("READY") ? 2 : 1);
            }
            List<Long> seqs = allEventSeqs(port);
            assertThat(seqs).as("event numbers after the restart").isSorted().doesNotHaveDuplicates();
        }
    }

    private static PackagedApp start(Path workDir, int port) throws IOException {
        return PackagedApp.start("app", PackagedApp.H2_JAR, workDir, port, Map.of("FACTDESK_DEMO", "true"));
    }

    private List<Long> allEventSeqs(int port) throws IOException, InterruptedException {
        List<Long> seqs = new ArrayList<>();
        long after = 0;
        while (true) {
            String page = get(port, "/api/v1/events?limit=1000&after=" + after).body();
            Matcher seq = Pattern.compile("\"seq\":(\\d+)").matcher(page);
            int found = 0;
            while (seq.find()) {
                seqs.add(Long.parseLong(seq.group(1)));
                found++;
            }
            if (found == 0) {
                return seqs;
            }
            after = seqs.get(seqs.size() - 1);
        }
    }

    private HttpResponse<String> post(int port, String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", EDNA).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", EDNA).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long firstNumber(Pattern pattern, String text) {
        return Long.parseLong(matchOf(pattern, text));
    }

    private static String matchOf(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }

    private static int countOf(String needle, String text) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
