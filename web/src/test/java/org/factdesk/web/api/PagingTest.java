package org.factdesk.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDNA;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.web.support.Desk;
import org.junit.jupiter.api.Test;

/** Keyset pagination: a page holds at most limit items, and the cursor leads on without gaps or repeats. */
@QuarkusTest
class PagingTest {

    @Test
    void claimListPagesHoldAtMostTheLimitAndTheCursorLeadsOn() {
        for (int i = 0; i < 3; i++) {
            Desk.newClaim("Paged claim " + i);
        }
        List<Long> everything = Desk.as(EDNA).queryParam("limit", 200).get(Desk.CLAIMS)
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        assertThat(everything.size()).isGreaterThan(3);

        List<Long> paged = new ArrayList<>();
        String cursor = null;
        do {
            var request = Desk.as(EDNA).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(Desk.CLAIMS).then().statusCode(200).extract().jsonPath();
            List<Long> ids = page.getList("items.id", Long.class);
            assertThat(ids).hasSizeLessThanOrEqualTo(3);
            paged.addAll(ids);
            cursor = page.getString("nextCursor");
        } while (cursor != null && paged.size() <= everything.size());

        assertThat(paged).startsWith(everything.subList(0, Math.min(everything.size(), 6)).toArray(Long[]::new));
        assertThat(paged).doesNotHaveDuplicates();
    }

    @Test
    void factCheckPagesHoldAtMostTheLimit() {
        long first = Desk.claimInReview(Desk.RITA, "First published for paging", "True");
        Desk.ok(Desk.act(EDNA, first, "approve"));
        long second = Desk.claimInReview(Desk.RITA, "Second published for paging", "False");
        Desk.ok(Desk.act(EDNA, second, "approve"));

        JsonPath page = given().accept(ContentType.JSON).queryParam("limit", 1).get("/api/v1/fact-checks")
                .then().statusCode(200).extract().jsonPath();

        assertThat(page.getList("items")).hasSize(1);
        assertThat(page.getString("nextCursor")).isNotBlank();
    }
}
