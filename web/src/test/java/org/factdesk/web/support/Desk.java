package org.factdesk.web.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.factdesk.core.people.Person;
import org.factdesk.core.people.Role;

/**
 * The desk as an integration sees it: people calling the REST API with HTTP Basic, and short
 * ways to bring a fresh claim of one's own to a known review state.
 */
public final class Desk {

    public static final String DEMO_PASSWORD = "demo";
    public static final String RITA = "rita";
    public static final String REMY = "remy";
    public static final String EDNA = "edna";
    public static final String ADA = "ada";
    /** A second editor, so one editor can approve what another rated. */
    public static final String EDDIE = "eddie";
    public static final String EDDIE_PASSWORD = "pw-eddie-123";

    public static final String CLAIMS = "/api/v1/claims";
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private Desk() {
    }

    // ---- people ----

    public static String passwordOf(String username) {
        return switch (username) {
            case RITA, REMY, EDNA, ADA -> DEMO_PASSWORD;
            case EDDIE -> EDDIE_PASSWORD;
            default -> "pw-" + username + "-123";
        };
    }

    /** The second editor; created once, whichever test needs him first. */
    public static void ensureSecondEditor() {
        ensurePerson(EDDIE, "Eddie Second", Role.EDITOR);
    }

    /** A person who signs in with {@link #passwordOf(String)}; created only when missing. */
    public static void ensurePerson(String username, String displayName, Role role) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Person.findByUsername(username).isEmpty()) {
                new Person(username, displayName, role, passwordOf(username), Instant.now()).persist();
            }
        });
    }

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, passwordOf(username))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    // ---- calls ----

    public static Response submit(String username, String text, String claimant) {
        return as(username).body(Map.of("text", text, "claimant", claimant)).post(CLAIMS);
    }

    public static Response transition(String username, long claimId, Map<String, ?> body) {
        return as(username).body(body).post(CLAIMS + "/" + claimId + "/transitions");
    }

    public static Response act(String username, long claimId, String action) {
        return transition(username, claimId, Map.of("action", action));
    }

    public static Response cite(String username, long claimId) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("url", "https://example.org/evidence/" + claimId + "/" + SERIAL.incrementAndGet());
        source.put("title", "Official statistics for claim " + claimId);
        source.put("publisher", "Example Statistics Office");
        source.put("publishedOn", "2020-08-01");
        source.put("stance", "REFUTES");
        source.put("quote", "The figures show otherwise.");
        return as(username).body(source).post(CLAIMS + "/" + claimId + "/sources");
    }

    public static Response draftVerdict(String username, long claimId, String rating, String summary) {
        return as(username).body(Map.of("rating", rating, "summary", summary,
                "explanation", "Checked against the cited source."))
                .put(CLAIMS + "/" + claimId + "/verdict");
    }

    /** How many claims the API lists in a state, following every page. */
    public static int countInState(String state) {
        int count = 0;
        String cursor = null;
        do {
            RequestSpecification request = as(EDNA).queryParam("state", state).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(CLAIMS).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            count += items.size();
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return count;
    }

    public static JsonPath read(String username, long claimId) {
        return as(username).get(CLAIMS + "/" + claimId).then().statusCode(200).extract().jsonPath();
    }

    // ---- claims in a known state ----

    /** Text no other claim has, so a test can find its own claim. */
    public static String uniqueText(String about) {
        return about + " (test claim " + SERIAL.incrementAndGet() + "-" + System.nanoTime() + ")";
    }

    public static long newClaim(String about) {
        Response created = submit(EDNA, uniqueText(about), "Test Claimant");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        return created.jsonPath().getLong("id");
    }

    public static long readyClaim(String about, int requiredReviews) {
        long id = newClaim(about);
        ok(transition(EDNA, id, Map.of("action", "accept", "requiredReviews", requiredReviews)));
        return id;
    }

    public static long claimHeldBy(String reviewer, String about) {
        long id = readyClaim(about, 1);
        ok(act(reviewer, id, "claim"));
        return id;
    }

    /** Researched, rated and submitted by the reviewer: IN_REVIEW, waiting for an editor. */
    public static long claimInReview(String reviewer, String about, String rating) {
        long id = claimHeldBy(reviewer, about);
        assertThat(cite(reviewer, id).statusCode()).isEqualTo(201);
        ok(draftVerdict(reviewer, id, rating, "Summary by " + reviewer + " of claim " + id + "."));
        ok(act(reviewer, id, "submit"));
        return id;
    }

    public static Response ok(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response;
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    // ---- what a refusal must leave alone ----

    /** What must stay the same when a request is refused. */
    public record Snapshot(String state, long version, String updatedAt, int historySize, List<String> assignees) {
    }

    public static Snapshot snapshot(long claimId) {
        JsonPath claim = read(EDNA, claimId);
        return new Snapshot(claim.getString("state"), claim.getLong("version"), claim.getString("updatedAt"),
                claim.getList("history").size(), claim.getList("assignees", String.class));
    }

    // ---- public fact-checks and the change feed ----

    /** The ClaimReview of a claim from the public feed, paging as far as needed; null when absent. */
    public static Map<String, Object> factCheckOf(long claimId) {
        String cursor = null;
        do {
            RequestSpecification request = given().accept(ContentType.JSON).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/fact-checks").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                if (String.valueOf(item.get("url")).endsWith("/fact-checks/" + claimId)) {
                    return item;
                }
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return null;
    }

    /** Every event after a sequence number, oldest first, following the feed page by page. */
    public static List<Map<String, Object>> eventsAfter(long after) {
        List<Map<String, Object>> all = new ArrayList<>();
        long from = after;
        while (true) {
            JsonPath page = as(EDNA).queryParam("after", from).queryParam("limit", 1000)
                    .get("/api/v1/events").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> events = page.getList("events");
            if (events.isEmpty()) {
                return all;
            }
            all.addAll(events);
            from = page.getLong("last");
        }
    }

    /** The newest sequence number in the feed right now. */
    public static long lastSeq() {
        List<Map<String, Object>> events = eventsAfter(0);
        return events.isEmpty() ? 0 : ((Number) events.get(events.size() - 1).get("seq")).longValue();
    }
}
