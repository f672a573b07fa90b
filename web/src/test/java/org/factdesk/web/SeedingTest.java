package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.core.article.Article;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.Claimant;
import org.factdesk.core.people.Person;
import org.factdesk.core.source.Source;
import org.factdesk.core.verdict.PublishedVerdict;
import org.factdesk.core.verdict.RatingLabel;
import org.factdesk.core.verdict.Verdict;
import org.factdesk.seeds.SeedLoader;
import org.factdesk.web.support.Desk;
import org.factdesk.workflow.events.ReviewEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SeedingTest {

    private static final String SEED_ARTICLE = "US ratchets up pressure on Chinese tech firms as Beijing unveils global data security initiative";

    @Inject
    SeedLoader seedLoader;

    @Test
    void seedArticleClaimsArePresentWithTheirClaimants() {
        List<Map<String, Object>> seeded = seedClaims();

        assertThat(seeded).hasSizeGreaterThanOrEqualTo(10);
        Set<String> claimants = seeded.stream().map(SeedingTest::claimantName).collect(Collectors.toSet());
        assertThat(claimants).contains("ByteDance", "Huawei", "Wang Yi", "Donald Trump", "Mike Pompeo",
                "US government");
        // The page's related-links list is not part of the article.
        assertThat(seeded).noneSatisfy(c -> assertThat(String.valueOf(c.get("text"))).containsAnyOf("yuan", "Nearly a third",
                "outsource"));
        assertThat(seeded).anySatisfy(c -> assertThat(String.valueOf(c.get("text"))).contains("Huawei"));
        assertThat(seeded).allSatisfy(c -> {
            assertThat(String.valueOf(c.get("text"))).isNotBlank();
            assertThat(c.get("claimDate")).isNotNull();
            assertThat(c.get("state")).isNotNull();
        });
    }

    @Test
    void seedClaimsReachEveryReviewStage() {
        List<Map<String, Object>> seeded = seedClaims();

        assertThat(inState(seeded, "READY")).isNotEmpty();

        assertThat(inState(seeded, "IN_RESEARCH")).anySatisfy(id -> {
            JsonPath claim = Desk.read("edna", id);
            assertThat(claim.getList("sources")).isNotEmpty();
            assertThat(claim.getString("sources[0].url")).startsWith("http");
            assertThat(claim.getList("assignees")).isNotEmpty();
        });

        assertThat(inState(seeded, "IN_REVIEW")).anySatisfy(id -> {
            JsonPath claim = Desk.read("edna", id);
            assertThat(claim.getList("verdicts")).isNotEmpty();
            assertThat(claim.getString("verdicts[0].rating")).isNotBlank();
            assertThat(claim.getBoolean("verdicts[0].submitted")).isTrue();
            assertThat(claim.getList("sources")).isNotEmpty();
        });

        assertThat(inState(seeded, "PUBLISHED")).anySatisfy(id -> {
            JsonPath claim = Desk.read("edna", id);
            assertThat(claim.getString("verdict.rating")).isNotBlank();
            assertThat(claim.getList("publishedVersions")).isNotEmpty();
            assertThat(claim.getList("sources")).isNotEmpty();
            assertThat(Desk.factCheckOf(id)).isNotNull();
        });
    }

    @Test
    void loadingTheSeedsAgainAddsNothing() {
        Map<String, Long> before = counts();

        seedLoader.load();

        assertThat(counts()).isEqualTo(before);
    }

    private static Map<String, Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> Map.of(
                "claims", Claim.count(),
                "people", Person.count(),
                "articles", Article.count(),
                "events", ReviewEvent.count(),
                "claimants", Claimant.count(),
                "sources", Source.count(),
                "verdicts", Verdict.count(),
                "published", PublishedVerdict.count(),
                "ratings", RatingLabel.count()));
    }

    /** Every claim taken from the seed article, as the claim list shows it. */
    private static List<Map<String, Object>> seedClaims() {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = Desk.as("edna").queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(Desk.CLAIMS).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all.stream().filter(c -> c.get("article") instanceof Map<?, ?> article
                && SEED_ARTICLE.equals(article.get("title"))).toList();
    }

    private static List<Long> inState(List<Map<String, Object>> claims, String state) {
        return claims.stream().filter(c -> state.equals(c.get("state")))
                .map(c -> ((Number) c.get("id")).longValue()).toList();
    }

    private static String claimantName(Map<String, Object> claim) {
        return String.valueOf(((Map<?, ?>) claim.get("claimant")).get("name"));
    }
}
