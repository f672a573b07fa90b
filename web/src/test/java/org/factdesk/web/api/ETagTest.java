package org.factdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDNA;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.factdesk.web.support.Desk;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ETagTest {

    @Test
    void unchangedClaimKeepsItsETagAndAnswersNotModified() {
        long id = Desk.newClaim("Cached claim");

        Response first = get(id, null);
        Response second = get(id, null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header("ETag")).isNotBlank();
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));

        Response notModified = get(id, first.header("ETag"));
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.asString()).isEmpty();
        assertThat(notModified.header("ETag")).isEqualTo(first.header("ETag"));
    }

    @Test
    void changedClaimAnswersInFullWithANewETag() {
        long id = Desk.newClaim("Claim that changes");
        String before = get(id, null).header("ETag");

        Desk.ok(Desk.act(EDNA, id, "accept"));

        Response after = get(id, before);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.jsonPath().getString("state")).isEqualTo("READY");
        assertThat(after.header("ETag")).isNotBlank().isNotEqualTo(before);
        assertThat(get(id, after.header("ETag")).statusCode()).isEqualTo(304);
    }

    private static Response get(long id, String ifNoneMatch) {
        var request = Desk.as(EDNA);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.get(Desk.CLAIMS + "/" + id);
    }
}
