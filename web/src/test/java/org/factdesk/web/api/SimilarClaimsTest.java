package org.factdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDNA;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.PageSession;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SimilarClaimsTest {

    private static final String PUBLISHED_SEED = "Donald Trump signed an order on 14 August 2020 giving TikTok's parent company ByteDance 90 days";

    @Test
    void submittingAClaimThatRepeatsAPublishedOneShowsTheMatch() {
        long published = idOfSeedClaim(PUBLISHED_SEED);

        Response created = Desk.submit(EDNA, "Trump gave ByteDance 90 days to sell TikTok's US business in August 2020.", "A columnist");

        assertThat(created.statusCode()).isEqualTo(201);
        List<Map<String, Object>> similar = created.jsonPath().getList("similar");
        assertThat(similar).isNotEmpty();
        assertThat(similar.get(0)).containsEntry("id", (int) published).containsEntry("rating", "Mostly true");
        assertThat(((Number) similar.get(0).get("score")).doubleValue()).isBetween(0.2, 1.0);
    }

    @Test
    void anUnrelatedClaimHasNoMatches() {
        long id = Desk.submit(EDNA, Desk.uniqueText("Penguins outnumber people in Antarctica"), "A zoologist").jsonPath().getLong("id");

        assertThat(Desk.as(EDNA).get(Desk.CLAIMS + "/" + id + "/similar").jsonPath().getList("$")).isEmpty();
    }

    @Test
    void anEditorDismissesADuplicateInOneStepFromTheClaimPage() {
        long original = Desk.newClaim("The harbour bridge carried 160,000 vehicles a day in 2019");
        long repeat = Desk.submit(EDNA, "In 2019 the harbour bridge carried 160,000 vehicles each day.", "A reader")
                .jsonPath().getLong("id");
        PageSession edna = PageSession.signIn(EDNA);
        assertThat(edna.get("/claims/" + repeat).asString()).contains("Dismiss as duplicate of #" + original);

        Response dismissed = edna.submit("/claims/" + repeat, "/claims/" + repeat + "/actions",
                Map.of("action", "dismiss", "reason", "duplicate of #" + original));

        assertThat(dismissed.statusCode()).isEqualTo(303);
        var claim = Desk.read(EDNA, repeat);
        assertThat(claim.getString("state")).isEqualTo("DISMISSED");
        assertThat(claim.getString("history[-1].reason")).isEqualTo("duplicate of #" + original);
    }

    private static long idOfSeedClaim(String startOfText) {
        List<Map<String, Object>> items = Desk.as(EDNA).queryParam("limit", 200).get(Desk.CLAIMS).jsonPath().getList("items");
        return items.stream().filter(c -> String.valueOf(c.get("text")).startsWith(startOfText))
                .map(c -> ((Number) c.get("id")).longValue()).findFirst().orElseThrow();
    }
}
