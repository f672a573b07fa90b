package org.factdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDNA;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.PageSession;
import org.junit.jupiter.api.Test;

/** A sentence from an article can be reworded and given its claimant before it becomes a claim; the sentence stays its quote. */
@QuarkusTest
class ArticleRewordingTest {

    private static final String REPORT = "Officials met on Monday. He said exports of soybeans fell 40 percent in 2019. Nobody else spoke.";

    @Test
    void aRewordedPickBecomesTheClaimsTextWithTheSentenceKeptAsItsContext() {
        Map<String, Object> best = bestCandidate(propose());
        long articleId = ((Number) best.get("articleId")).longValue();

        Response created = Desk.as(EDNA).body(Map.of("picks", List.of(Map.of("start", best.get("start"), "end", best.get("end"),
                "claimant", "Trade minister Ana Lima", "text", "Soybean exports fell 40 percent in 2019"))))
                .post("/api/v1/articles/" + articleId + "/claims");

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        var claim = Desk.read(EDNA, created.jsonPath().getLong("claims[0]"));
        assertThat(claim.getString("text")).isEqualTo("Soybean exports fell 40 percent in 2019");
        assertThat(claim.getString("context")).isEqualTo("He said exports of soybeans fell 40 percent in 2019.");
        assertThat(claim.getString("claimant.name")).isEqualTo("Trade minister Ana Lima");
    }

    @Test
    void aRefusedPickLeavesNoClaimFromTheOthersBehind() {
        Response proposed = propose();
        long articleId = proposed.jsonPath().getLong("id");
        List<Map<String, Object>> candidates = proposed.jsonPath().getList("candidates");
        int before = Desk.countInState("NEW");
        Map<String, Object> good = Map.of("start", candidates.get(0).get("start"), "end", candidates.get(0).get("end"),
                "claimant", "Ana Lima");
        Map<String, Object> tooLong = Map.of("start", candidates.get(1).get("start"), "end", candidates.get(1).get("end"),
                "claimant", "Ana Lima", "text", "x".repeat(2001));

        Response refused = Desk.as(EDNA).body(Map.of("picks", List.of(good, tooLong))).post("/api/v1/articles/" + articleId + "/claims");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.jsonPath().getString("field")).isEqualTo("picks[1].text");
        assertThat(Desk.countInState("NEW")).isEqualTo(before);
    }

    @Test
    void theArticlePageRewordsAPickAndARefusedClaimantComesBackBesideItsSentence() {
        PageSession edna = PageSession.signIn(EDNA);
        Response imported = edna.submitMultipart("/articles/new", "/articles", Map.of("title", "Trade report", "text", REPORT));
        String articlePage = URI.create(imported.header("Location")).getPath();
        String page = edna.page(articlePage);
        assertThat(page).contains(">Reword<", "placeholder=\"He said exports of soybeans fell 40 percent in 2019.\"");
        int start = REPORT.indexOf("He said");
        int end = REPORT.indexOf(" Nobody");
        String pick = start + "-" + end;
        String wording = Desk.uniqueText("Soybean exports dropped by 40 percent in 2019");

        String smallTalk = REPORT.indexOf("Nobody") + "-" + REPORT.length();
        assertThat(page).doesNotContain("value=\"" + smallTalk + "\" checked");
        edna.submitMultipartChecked(articlePage, articlePage + "/claims", Map.of("claimant-" + start, "c".repeat(201),
                "text-" + start, wording), "pick", List.of(pick, smallTalk));

        String refused = edna.page(articlePage);
        assertThat(refused).contains("value=\"" + smallTalk + "\" checked", "value=\"" + pick + "\" checked");
        assertThat(refused).contains("id=\"claimant-" + start + "-error\"", "is at most 200 characters",
                ">" + wording + "</textarea>");

        Response created = edna.submitMultipart(articlePage, articlePage + "/claims", Map.of("pick", pick,
                "claimant-" + start, "Trade minister Ana Lima", "text-" + start, wording));

        assertThat(created.statusCode()).isEqualTo(303);
        String triage = edna.page("/triage?q=" + java.net.URLEncoder.encode("\"" + wording + "\"", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(triage).contains(wording);
        assertThat(triage.substring(triage.indexOf(wording))).contains("By Trade minister Ana Lima");
    }

    private static Response propose() {
        Response proposed = Desk.as(EDNA).body(Map.of("title", "Trade report", "publisher", "Example News",
                "text", Desk.uniqueText(REPORT.substring(0, REPORT.length() - 1)) + ". Nobody else spoke.")).post("/api/v1/articles");
        assertThat(proposed.statusCode()).as(proposed.asString()).isEqualTo(201);
        return proposed;
    }

    private static Map<String, Object> bestCandidate(Response proposed) {
        Map<String, Object> best = new java.util.HashMap<>(proposed.jsonPath().getMap("candidates.find { it.sentence.contains('soybeans') }"));
        best.put("articleId", proposed.jsonPath().getLong("id"));
        return best;
    }
}
