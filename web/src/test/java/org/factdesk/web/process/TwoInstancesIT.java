package org.factdesk.web.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.factdesk.web.support.RequiresPostgres;
import org.factdesk.web.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two instances of the packaged PostgreSQL build on one database, as behind a load balancer. People race
 * for the same review seats and the same approvals through both at once while pollers read the change
 * feed from both: the database must pick exactly one winner each time, the feed must be one gap-free
 * sequence that reads the same from either instance, and nothing may answer with a 5xx. A session begun
 * on one instance must be good on the other, because the cookie key comes from configuration.
 */
@RequiresPostgres
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

    private static final String SCHEMA = "factdesk_two_instances";
    private static final String DEMO_PASSWORD = "demo";
    private static final String SESSION_COOKIE = "quarkus-credential";
    private static final String DESK_SESSION_COOKIE = "factdesk-session";
    private static final String CSRF = "csrf-token";
    /** READY claims, each raced for its one seat by every claimer through both instances at once. */
    private static final int SEAT_RACES = 6;
    /** Claims in review, each raced for approval by both editors through both instances, with the seats. */
    private static final int APPROVAL_RACES = 4;
    private static final int APPROVALS_PER_EDITOR_AND_INSTANCE = 2;
    private static final int POLLERS_PER_INSTANCE = 2;
    /** Small pages, so a poller asks often and pages through the feed while it grows. */
    private static final int POLL_PAGE = 5;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"" + CSRF + "\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** Every answer of 500 or more, from any request: there must be none. */
    private final List<String> serverErrors = new CopyOnWriteArrayList<>();
    private final AtomicInteger requestsSent = new AtomicInteger();
    private final Map<String, String> passwords = new ConcurrentHashMap<>(Map.of(
            "rita", DEMO_PASSWORD, "remy", DEMO_PASSWORD, "edna", DEMO_PASSWORD, "ada", DEMO_PASSWORD));
    private PackagedApp a;
    private PackagedApp b;

    @BeforeAll
    void twoInstancesOnOneFreshSchema() throws Exception {
        assertThat(PackagedApp.POSTGRESQL_JAR).as("the PostgreSQL build of the application").exists();
        onDatabase("drop schema if exists " + SCHEMA + " cascade", "create schema " + SCHEMA);
        Path workDir = Files.createDirectories(Path.of("target", "two-instances"));
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String sessionKey = Base64.getEncoder().encodeToString(key);
        // B starts only once A has migrated and seeded the schema, as a second instance joins a running desk.
        a = PackagedApp.start("instance-a", PackagedApp.POSTGRESQL_JAR, workDir, PackagedApp.freePort(),
                environment("instance-a", sessionKey)).awaitReady();
        b = PackagedApp.start("instance-b", PackagedApp.POSTGRESQL_JAR, workDir, PackagedApp.freePort(),
                environment("instance-b", sessionKey)).awaitReady();
    }

    /** The same configuration for both, but for the name each gives its database connections. */
    private static Map<String, String> environment(String name, String sessionKey) {
        return Map.of(
                "FACTDESK_DEMO", "true",
                "FACTDESK_SESSION_KEY", sessionKey,
                "QUARKUS_DATASOURCE_JDBC_URL", TestDatabases.POSTGRES_URL + "?currentSchema=" + SCHEMA
                        + "&ApplicationName=factdesk-" + name,
                "QUARKUS_DATASOURCE_USERNAME", TestDatabases.POSTGRES_USER,
                "QUARKUS_FLYWAY_SCHEMAS", SCHEMA,
                // each instance keeps its own replica of the search index, as on its own machine
                "FACTDESK_SEARCH_INDEX_DIR", "search-index-" + name);
    }

    @AfterAll
    void stopBothAndDropTheSchema() throws Exception {
        for (PackagedApp app : new PackagedApp[] {a, b}) {
            if (app != null) {
                app.close();
            }
        }
        onDatabase("drop schema if exists " + SCHEMA + " cascade");
    }

    @Test
    void aSessionStartedOnOneInstanceIsGoodOnTheOther() throws Exception {
        String session = signIn(a, "ada");

        HttpResponse<String> adminOnB = send(page(b, "/admin", session).GET().build());
        assertThat(adminOnB.statusCode()).as("B's admin page with the session cookie from A").isEqualTo(200);
        assertThat(adminOnB.body()).contains("Add a person");
        HttpResponse<String> anonymousOnB = send(page(b, "/admin", null).GET().build());
        assertThat(anonymousOnB.statusCode()).as("B's admin page without a session").isEqualTo(303);
        assertThat(anonymousOnB.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));

        addPerson(session, "erin", "Erin Other", "editor");
        assertThat(send(withPassword(a, "erin", "/api/v1/claims?limit=1").GET().build()).statusCode())
                .as("the person added through B signs in on A").isEqualTo(200);
        assertThat(serverErrors).as("answers of 500 or more").isEmpty();
    }

    @Test
    void signingOutOnOneInstanceEndsTheSessionOnTheOtherAtOnce() throws Exception {
        String session = signIn(a, "rita");
        HttpResponse<String> queueOnA = expect(200, send(page(a, "/queue", session).GET().build()));
        Matcher token = CSRF_FIELD.matcher(queueOnA.body());
        assertThat(token.find()).as("a CSRF token on A's queue page").isTrue();
        expect(200, send(page(b, "/queue", session).GET().build()));

        HttpResponse<String> signedOut = send(page(b, "/logout", session + "; " + CSRF + "=" + cookie(queueOnA, CSRF))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", b.uri("/queue").toString())
                .POST(form(Map.of(CSRF, token.group(1)))).build());
        assertThat(signedOut.statusCode()).as("sign-out through B: %s", signedOut.body()).isEqualTo(303);

        for (PackagedApp instance : List.of(a, b)) {
            HttpResponse<String> copied = send(page(instance, "/queue", session).GET().build());
            assertThat(copied.statusCode()).as("the copied cookies on " + instance.name()).isIn(302, 303);
            assertThat(copied.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
        }
        assertThat(serverErrors).as("answers of 500 or more").isEmpty();
    }

    @Test
    void failedSignInsOnOneInstanceLockTheNameAtThatAddressOnTheOther() throws Exception {
        addPerson(signIn(a, "ada"), "lena", "Lena Locked", "reviewer");
        String right = passwords.get("lena");
        for (int i = 0; i < 5; i++) {
            passwords.put("lena", "not-her-password");
            assertThat(send(withPassword(i % 2 == 0 ? a : b, "lena", "/api/v1/claims?limit=1").GET().build()).statusCode())
                    .as("failure %d", i + 1).isEqualTo(401);
        }
        passwords.put("lena", right);

        for (PackagedApp instance : List.of(a, b)) {
            HttpResponse<String> locked = send(withPassword(instance, "lena", "/api/v1/claims?limit=1").GET().build());
            assertThat(locked.statusCode()).as("the right password on " + instance.name()).isEqualTo(429);
            assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        }
        assertThat(serverErrors).as("answers of 500 or more").isEmpty();
    }

    @Test
    void aClaimSubmittedOnOneInstanceIsFoundBySearchAndMatchingOnTheOtherWithinTwoSeconds() throws Exception {
        long repeated = expectCreated(a, "Wombats produce cube-shaped droppings to mark their territory.");
        long submittedAt = System.nanoTime();
        boolean searchable = false;
        boolean matched = false;
        long repeat = -1;
        while (System.nanoTime() - submittedAt < Duration.ofSeconds(2).toNanos() && !(searchable && matched)) {
            JsonNode found = JSON.readTree(expect(200, send(withPassword(b, "edna", "/api/v1/claims?q=wombat+dropping").GET().build())).body());
            searchable = searchable || found.get("items").findValues("id").stream().anyMatch(id -> id.asLong() == repeated);
            if (searchable && repeat < 0) {
                repeat = expectCreated(b, "Wombats leave cube shaped poo to mark where they live.");
            }
            if (repeat > 0) {
                JsonNode similar = JSON.readTree(expect(200, send(withPassword(b, "edna", "/api/v1/claims/" + repeat + "/similar")
                        .GET().build())).body());
                matched = similar.findValues("id").stream().anyMatch(id -> id.asLong() == repeated);
            }
            Thread.sleep(50);
        }
        long tookMillis = (System.nanoTime() - submittedAt) / 1_000_000;

        assertThat(searchable).as("found by words on B within 2 s of its submission on A (" + tookMillis + " ms)").isTrue();
        assertThat(matched).as("matched as a near-duplicate on B within 2 s (" + tookMillis + " ms)").isTrue();
        assertThat(serverErrors).as("answers of 500 or more").isEmpty();
    }

    private long expectCreated(PackagedApp via, String text) throws Exception {
        HttpResponse<String> created = expect(201, send(withPassword(via, "edna", "/api/v1/claims")
                .POST(json(Map.of("text", text, "claimant", "A nature blog"))).build()));
        return JSON.readTree(created.body()).get("id").asLong();
    }

    @Test
    void racesThroughBothInstancesHaveOneWinnerEachAndOneFeed() throws Exception {
        List<String> claimers = claimersWithASecondEditor();
        List<String> editors = List.of("edna", "eddie");
        // Racers sign in once, by form, half on each instance, then race through both: a password check
        // per request would make the race about bcrypt, and every race also carries sessions across.
        Map<String, String> sessions = new LinkedHashMap<>();
        for (String person : claimers) {
            sessions.put(person, signIn(sessions.size() % 2 == 0 ? a : b, person));
        }

        Pollers pollers = new Pollers(sessions.get("edna"));
        try {
            List<Long> ready = new ArrayList<>();
            for (int i = 0; i < SEAT_RACES; i++) {
                ready.add(readyClaim("Seat race " + i, i));
            }
            List<Long> inReview = new ArrayList<>();
            for (int i = 0; i < APPROVAL_RACES; i++) {
                inReview.add(claimInReview("Approval race " + i, i));
            }

            List<Attempt> attempts = new ArrayList<>();
            for (long id : ready) {
                for (String person : claimers) {
                    for (PackagedApp via : List.of(a, b)) {
                        attempts.add(new Attempt(id, person, sessions.get(person), via, "claim"));
                    }
                }
            }
            for (long id : inReview) {
                for (String editor : editors) {
                    for (PackagedApp via : List.of(a, b)) {
                        for (int i = 0; i < APPROVALS_PER_EDITOR_AND_INSTANCE; i++) {
                            attempts.add(new Attempt(id, editor, sessions.get(editor), via, "approve"));
                        }
                    }
                }
            }
            pollers.racing.set(true);
            long started = System.nanoTime();
            List<Outcome> outcomes = allAtOnce(attempts);
            long raceMillis = (System.nanoTime() - started) / 1_000_000;
            pollers.racing.set(false);

            List<JsonNode> feed = wholeFeed(a);
            assertThat(wholeFeed(b)).as("the whole feed read from B, against A's").isEqualTo(feed);
            assertThat(feed.stream().map(e -> e.get("seq").asLong()).toList()).as("seq numbers of the whole feed")
                    .isEqualTo(LongStream.rangeClosed(1, feed.size()).boxed().toList());
            List<List<JsonNode>> seen = pollers.catchUpTo(feed.size());
            for (List<JsonNode> polled : seen) {
                assertThat(polled).as("what one poller read, event by event, against the final feed").isEqualTo(feed);
            }
            assertThat(pollers.pollsWhileRacing.get()).as("polls answered while the races ran").isPositive();
            assertThat(serverErrors).as("answers of 500 or more").isEmpty();

            int seatLosers = assertOneWinnerEach(ready, outcomes, feed, "claim", "IN_RESEARCH");
            int approvalLosers = assertOneWinnerEach(inReview, outcomes, feed, "approve", "PUBLISHED");
            for (long id : inReview) {
                JsonNode claim = readClaim(b, id);
                assertThat(claim.get("publishedVersions")).as("published verdicts of claim #" + id).hasSize(1);
                assertThat(claim.get("publishedVersions").get(0).get("approvedBy").asText())
                        .isEqualTo(winnerOf(id, outcomes).person());
            }

            System.out.printf("Two instances: %d requests at once, answered within %d ms; %d seat races of %d requests: "
                            + "%d winners, %d refused with 409; %d approval races of %d requests: %d published, %d refused "
                            + "with 409; feed of %d events, identical on A and B and to each of %d pollers (%d polls while "
                            + "racing); %d requests in all, none answered 5xx%n",
                    attempts.size(), raceMillis, SEAT_RACES, claimers.size() * 2, SEAT_RACES, seatLosers,
                    APPROVAL_RACES, editors.size() * 2 * APPROVALS_PER_EDITOR_AND_INSTANCE, APPROVAL_RACES, approvalLosers,
                    feed.size(), seen.size(), pollers.pollsWhileRacing.get(), requestsSent.get());
        } finally {
            pollers.stop();
        }
    }

    // ---- races ----

    /** The demo people who may claim, a second editor (so approvals race between two) and four more reviewers. */
    private List<String> claimersWithASecondEditor() throws Exception {
        String adminSession = signIn(a, "ada");
        List<String> claimers = new ArrayList<>(List.of("rita", "remy", "edna"));
        addPerson(adminSession, "eddie", "Eddie Second", "editor");
        claimers.add("eddie");
        for (int i = 1; i <= 4; i++) {
            addPerson(adminSession, "racer" + i, "Racer " + i, "reviewer");
            claimers.add("racer" + i);
        }
        return claimers;
    }

    /** One person's attempt at an action on a claim, sent in their session through one instance. */
    private record Attempt(long claimId, String person, String session, PackagedApp via, String action) {

        @Override
        public String toString() {
            return person + " via " + via + ": " + action + " #" + claimId;
        }
    }

    private record Outcome(Attempt attempt, int status, String body) {
    }

    /** Sends every attempt at the same moment, each from a thread of its own. */
    private List<Outcome> allAtOnce(List<Attempt> attempts) throws Exception {
        CountDownLatch ready = new CountDownLatch(attempts.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(attempts.size());
        try {
            List<Future<Outcome>> answers = new ArrayList<>();
            for (Attempt attempt : attempts) {
                HttpRequest request = inSession(attempt.via(), attempt.session(),
                        "/api/v1/claims/" + attempt.claimId() + "/transitions").POST(json(Map.of("action", attempt.action()))).build();
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    HttpResponse<String> answer = send(request);
                    return new Outcome(attempt, answer.statusCode(), answer.body());
                }));
            }
            assertThat(ready.await(60, TimeUnit.SECONDS)).as("all racers at the start").isTrue();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> answer : answers) {
                outcomes.add(answer.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Checks each claim's race had one 200 and otherwise 409s, and that only the winner's event is logged; returns the 409s. */
    private int assertOneWinnerEach(List<Long> claimIds, List<Outcome> outcomes, List<JsonNode> feed, String action,
            String stateAfter) throws Exception {
        int refused = 0;
        for (long id : claimIds) {
            List<Outcome> race = outcomes.stream().filter(o -> o.attempt().claimId() == id).toList();
            Map<Integer, Long> byStatus = race.stream().collect(Collectors.groupingBy(Outcome::status, Collectors.counting()));
            assertThat(byStatus).as("statuses of the %s race for claim #%d: %s", action, id, race)
                    .containsOnly(Map.entry(200, 1L), Map.entry(409, race.size() - 1L));
            refused += race.size() - 1;
            String winner = winnerOf(id, outcomes).person();
            List<JsonNode> logged = feed.stream()
                    .filter(e -> e.get("claimId").asLong() == id && e.get("action").asText().equals(action)).toList();
            assertThat(logged).as("%s events of claim #%d", action, id).hasSize(1);
            assertThat(logged.get(0).get("actor").asText()).isEqualTo(winner);
            for (PackagedApp via : List.of(a, b)) {
                JsonNode claim = readClaim(via, id);
                assertThat(claim.get("state").asText()).as("claim #%d read from %s", id, via.name()).isEqualTo(stateAfter);
                if (action.equals("claim")) {
                    assertThat(claim.get("assignees")).as("assignees of claim #%d", id).hasSize(1);
                    assertThat(claim.get("assignees").get(0).asText()).isEqualTo(winner);
                }
            }
        }
        return refused;
    }

    private static Attempt winnerOf(long claimId, List<Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.attempt().claimId() == claimId && o.status() == 200)
                .findFirst().orElseThrow().attempt();
    }

    // ---- claims brought to a state, half of the steps through each instance ----

    private long readyClaim(String about, int n) throws Exception {
        PackagedApp one = n % 2 == 0 ? a : b;
        PackagedApp other = one == a ? b : a;
        HttpResponse<String> created = expect(201, send(withPassword(one, "edna", "/api/v1/claims")
                .POST(json(Map.of("text", about + " (two instances)", "claimant", "Two Instances"))).build()));
        long id = JSON.readTree(created.body()).get("id").asLong();
        transition(other, "edna", id, "accept");
        return id;
    }

    /** Claimed, cited, rated and submitted by rita: waiting for an editor. */
    private long claimInReview(String about, int n) throws Exception {
        long id = readyClaim(about, n);
        transition(a, "rita", id, "claim");
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("url", "https://example.org/evidence/two-instances/" + id);
        source.put("title", "Figures for claim " + id);
        source.put("publisher", "Example Statistics Office");
        source.put("stance", "refutes");
        expect(201, send(withPassword(b, "rita", "/api/v1/claims/" + id + "/sources").POST(json(source)).build()));
        expect(200, send(withPassword(a, "rita", "/api/v1/claims/" + id + "/verdict").PUT(json(Map.of("rating", "False",
                "summary", "The figures say otherwise.", "explanation", "Checked against the cited source."))).build()));
        transition(b, "rita", id, "submit");
        return id;
    }

    private void transition(PackagedApp via, String person, long id, String action) throws Exception {
        expect(200, send(withPassword(via, person, "/api/v1/claims/" + id + "/transitions").POST(json(Map.of("action", action))).build()));
    }

    private JsonNode readClaim(PackagedApp via, long id) throws Exception {
        return JSON.readTree(expect(200, send(withPassword(via, "edna", "/api/v1/claims/" + id).GET().build())).body());
    }

    // ---- the change feed ----

    /** Every event, oldest first, paging through the feed of one instance. */
    private List<JsonNode> wholeFeed(PackagedApp via) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = feedPage(withPassword(via, "edna", feedQuery(after, 1000, 0)));
            if (page.get("events").isEmpty()) {
                return events;
            }
            page.get("events").forEach(events::add);
            after = page.get("last").asLong();
        }
    }

    private static String feedQuery(long after, int limit, int waitSeconds) {
        return "/api/v1/events?after=" + after + "&limit=" + limit + "&wait=" + waitSeconds;
    }

    private JsonNode feedPage(HttpRequest.Builder request) throws Exception {
        return JSON.readTree(expect(200, send(request.GET().build())).body());
    }

    /** Long-polling readers of the feed, half on each instance, each keeping every event in the order it got them. */
    private final class Pollers {

        final AtomicBoolean racing = new AtomicBoolean();
        final AtomicInteger pollsWhileRacing = new AtomicInteger();
        private final AtomicLong readUpTo = new AtomicLong(Long.MAX_VALUE);
        private final ExecutorService threads = Executors.newFixedThreadPool(2 * POLLERS_PER_INSTANCE);
        private final List<Future<List<JsonNode>>> polled = new ArrayList<>();
        private final String session;

        Pollers(String session) {
            this.session = session;
            for (int i = 0; i < POLLERS_PER_INSTANCE; i++) {
                for (PackagedApp via : List.of(a, b)) {
                    polled.add(threads.submit(() -> poll(via)));
                }
            }
        }

        private List<JsonNode> poll(PackagedApp via) throws Exception {
            List<JsonNode> events = new ArrayList<>();
            long last = 0;
            while (last < readUpTo.get()) {
                boolean duringRace = racing.get();
                JsonNode page = feedPage(inSession(via, session, feedQuery(last, POLL_PAGE, 1)));
                if (duringRace && racing.get()) {
                    pollsWhileRacing.incrementAndGet();
                }
                page.get("events").forEach(events::add);
                last = page.get("last").asLong();
            }
            return events;
        }

        /** Lets every poller read up to the given seq, then returns what each one read. */
        List<List<JsonNode>> catchUpTo(long seq) throws Exception {
            readUpTo.set(seq);
            List<List<JsonNode>> all = new ArrayList<>();
            for (Future<List<JsonNode>> one : polled) {
                all.add(one.get(60, TimeUnit.SECONDS));
            }
            return all;
        }

        void stop() throws InterruptedException {
            threads.shutdownNow();
            threads.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    // ---- people and pages ----

    /** Signs in through the login form and returns the session cookie as a Cookie header value. */
    private String signIn(PackagedApp via, String person) throws Exception {
        HttpResponse<String> login = send(page(via, "/j_security_check", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("j_username", person, "j_password", passwords.get(person)))).build());
        assertThat(login.statusCode()).as("sign-in of " + person + " on " + via.name()).isIn(302, 303);
        return SESSION_COOKIE + "=" + cookie(login, SESSION_COOKIE) + "; " + DESK_SESSION_COOKIE + "=" + cookie(login, DESK_SESSION_COOKIE);
    }

    /**
     * Adds a person with the admin page's form, opened on A and sent to B, as a load balancer may route a
     * browser's two requests; the session cookie was issued by A.
     */
    private void addPerson(String adminSession, String username, String displayName, String role) throws Exception {
        HttpResponse<String> adminPage = expect(200, send(page(a, "/admin", adminSession).GET().build()));
        Matcher token = CSRF_FIELD.matcher(adminPage.body());
        assertThat(token.find()).as("a CSRF token on A's admin page").isTrue();
        String password = "pw-" + username + "-two-instances";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(CSRF, token.group(1));
        fields.put("back", "/admin");
        fields.put("username", username);
        fields.put("displayName", displayName);
        fields.put("role", role);
        fields.put("password", password);
        HttpResponse<String> added = send(page(b, "/admin/people", adminSession + "; " + CSRF + "=" + cookie(adminPage, CSRF))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", b.uri("/admin").toString())
                .POST(form(fields)).build());
        assertThat(added.statusCode()).as("adding %s through B: %s", username, added.body()).isEqualTo(303);
        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(URI.create(l).getPath()).isEqualTo("/admin"));
        passwords.put(username, password);
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .flatMap(header -> HttpCookie.parse(header).stream())
                .filter(c -> c.getName().equals(name) && !c.getValue().isEmpty())
                .map(HttpCookie::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
    }

    // ---- requests ----

    /** An API request with HTTP Basic, as an integration acting for a person sends it. */
    private HttpRequest.Builder withPassword(PackagedApp via, String person, String pathAndQuery) {
        String credentials = person + ":" + passwords.get(person);
        return jsonRequest(via, pathAndQuery)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    /** An API request in a session begun by form sign-in, as the desk's own pages send it. */
    private HttpRequest.Builder inSession(PackagedApp via, String session, String pathAndQuery) {
        return jsonRequest(via, pathAndQuery).header("Cookie", session);
    }

    private static HttpRequest.Builder jsonRequest(PackagedApp via, String pathAndQuery) {
        return HttpRequest.newBuilder(via.uri(pathAndQuery)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
    }

    private HttpRequest.Builder page(PackagedApp via, String path, String cookies) {
        HttpRequest.Builder request = HttpRequest.newBuilder(via.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html");
        return cookies == null ? request : request.header("Cookie", cookies);
    }

    private static HttpRequest.BodyPublisher json(Map<String, ?> body) throws IOException {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    /** Every request goes through here, so no answer of 500 or more goes unnoticed. */
    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        requestsSent.incrementAndGet();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            serverErrors.add(request.method() + " " + request.uri() + " -> " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s %s: %s", response.request().method(), response.request().uri(), response.body())
                .isEqualTo(status);
        return response;
    }

    private static void onDatabase(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestDatabases.POSTGRES_URL, TestDatabases.POSTGRES_USER, "");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
