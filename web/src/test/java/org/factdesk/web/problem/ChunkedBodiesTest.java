package org.factdesk.web.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDNA;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.factdesk.web.support.Desk;
import org.junit.jupiter.api.Test;

/**
 * A body sent in chunks declares no length, so its size shows only as it is read: it is refused
 * over the limit exactly as a body that declares its length, and taken under it.
 */
@QuarkusTest
class ChunkedBodiesTest {

    private static final int FIVE_MB = 5 * 1024 * 1024;

    @TestHTTPResource("/api/v1/claims")
    URI claims;

    @TestHTTPResource("/api/v1/imports/claimreview")
    URI imports;

    @Test
    void aClaimSentInChunksOverTheLimitGetsTheSameProblemAsOneThatDeclaresItsLength() throws Exception {
        long lastSeq = Desk.lastSeq();
        Response declared = Desk.as(EDNA).body(claimOf("a".repeat(FIVE_MB))).post(Desk.CLAIMS);

        HttpResponse<String> chunked = sendInChunks(claims, claimOf("a".repeat(FIVE_MB)));

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(Desk.PROBLEM_JSON));
        JsonNode problem = new ObjectMapper().readTree(chunked.body());
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("title").asText()).isEqualTo(declared.jsonPath().getString("title"));
        assertThat(problem.path("detail").asText()).isEqualTo(declared.jsonPath().getString("detail")).contains("4 MB");
        assertThat(Desk.lastSeq()).as("nothing was appended to the change feed").isEqualTo(lastSeq);
    }

    @Test
    void anImportSentInChunksOverTheLimitIsRefusedAsProblemJson() throws Exception {
        String claimReviews = "[" + "{\"@type\":\"ClaimReview\",\"claimReviewed\":\"x\"},".repeat(FIVE_MB / 40) + "{}]";

        HttpResponse<String> chunked = sendInChunks(imports, claimReviews);

        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(Desk.PROBLEM_JSON));
        assertThat(new ObjectMapper().readTree(chunked.body()).path("detail").asText()).contains("4 MB");
    }

    @Test
    void aClaimSentInChunksUnderTheLimitIsTaken() throws Exception {
        String text = Desk.uniqueText("Sent in chunks, the bridge toll doubled in 2024");

        HttpResponse<String> chunked = sendInChunks(claims, claimOf(text));

        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(201);
        assertThat(new ObjectMapper().readTree(chunked.body()).path("text").asText()).isEqualTo(text);
    }

    private static String claimOf(String text) {
        return "{\"text\":\"" + text + "\",\"claimant\":\"A council member\"}";
    }

    /** Sent from a stream, so the client declares no length and sends the body in chunks. */
    private static HttpResponse<String> sendInChunks(URI address, String json) throws IOException, InterruptedException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String credentials = EDNA + ":" + Desk.passwordOf(EDNA);
        HttpRequest request = HttpRequest.newBuilder(address)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
