package org.factdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDNA;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.factdesk.web.support.Desk;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ListingTest {

    @Test
    void walkingEveryPageWhileClaimsAreAddedReturnsEachClaimExactlyOnce() {
        Set<Integer> before = new HashSet<>(allIds(50));
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 15; i++) {
                Desk.newClaim("Added while paging " + i);
            }
        });

        List<Integer> walked = allIds(3);
        writer.join();

        assertThat(walked).doesNotHaveDuplicates().containsAll(before);
    }

    @Test
    void filtersByClaimantTagAndUpdatedSince() {
        String claimant = "Filter Claimant " + System.nanoTime();
        long tagged = created(Map.of("text", Desk.uniqueText("Tagged claim"), "claimant", claimant, "tags", List.of("Fisheries")));
        long other = created(Map.of("text", Desk.uniqueText("Untagged claim"), "claimant", claimant));

        assertThat(ids(Map.of("claimant", claimant.toUpperCase()))).containsExactlyInAnyOrder((int) tagged, (int) other);
        assertThat(ids(Map.of("claimant", claimant, "tag", "fisheries"))).containsExactly((int) tagged);
        String tomorrow = Desk.today().plusDays(1) + "T00:00:00Z";
        assertThat(ids(Map.of("claimant", claimant, "updatedSince", tomorrow))).isEmpty();
        Desk.as(EDNA).queryParam("updatedSince", "yesterday").get(Desk.CLAIMS).then().statusCode(400)
                .contentType(Desk.PROBLEM_JSON);
    }

    @Test
    void anUnchangedListAnswers304AndAChangedOneANewEtag() {
        String claimant = "Etag List " + System.nanoTime();
        long id = created(Map.of("text", Desk.uniqueText("Listed"), "claimant", claimant));
        Response first = Desk.as(EDNA).queryParam("claimant", claimant).get(Desk.CLAIMS);
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();

        Desk.as(EDNA).queryParam("claimant", claimant).header("If-None-Match", etag).get(Desk.CLAIMS)
                .then().statusCode(304);
        Desk.ok(Desk.act(EDNA, id, "accept"));
        Response changed = Desk.as(EDNA).queryParam("claimant", claimant).header("If-None-Match", etag).get(Desk.CLAIMS);

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void aWriteWithAStaleIfMatchIs412AndChangesNothing() {
        long id = Desk.newClaim("Lost update");
        String etag = Desk.as(EDNA).get(Desk.CLAIMS + "/" + id).header("ETag");
        Desk.ok(Desk.transition(EDNA, id, Map.of("action", "accept", "priority", "LOW")));
        Desk.Snapshot before = Desk.snapshot(id);

        Response stale = Desk.as(EDNA).header("If-Match", etag).body(Map.of("action", "dismiss", "reason", "opinion"))
                .post(Desk.CLAIMS + "/" + id + "/transitions");

        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith(Desk.PROBLEM_JSON);
        assertThat(Desk.snapshot(id)).isEqualTo(before);
        String fresh = Desk.as(EDNA).get(Desk.CLAIMS + "/" + id).header("ETag");
        Desk.as(EDNA).header("If-Match", fresh).body(Map.of("action", "dismiss", "reason", "opinion"))
                .post(Desk.CLAIMS + "/" + id + "/transitions").then().statusCode(200);
    }

    @Test
    void aLimitPastTheCapIsA400() {
        Desk.as(EDNA).queryParam("limit", 201).get(Desk.CLAIMS).then().statusCode(400).contentType(Desk.PROBLEM_JSON);
    }

    private static long created(Map<String, ?> body) {
        Response response = Desk.as(EDNA).body(body).post(Desk.CLAIMS);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response.jsonPath().getLong("id");
    }

    private static List<Integer> ids(Map<String, ?> query) {
        return Desk.as(EDNA).queryParams(query).queryParam("limit", 200).get(Desk.CLAIMS)
                .then().statusCode(200).extract().path("items.id");
    }

    private static List<Integer> allIds(int pageSize) {
        List<Integer> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = Desk.as(EDNA).queryParam("limit", pageSize);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(Desk.CLAIMS).then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id", Integer.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }
}
