package org.factdesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.ADA;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.RITA;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import java.util.regex.Pattern;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.PageSession;
import org.junit.jupiter.api.Test;

/** Pages show moments as people read them ("7 December 2026, 06:12 UTC"); machines still get ISO in datetime and JSON-LD. */
@QuarkusTest
class DatesOnPagesTest {

    private static final Pattern SHOWN = Pattern.compile("<time datetime=\"\\d{4}-\\d{2}-\\d{2}T[^\"]+\">\\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}, \\d{2}:\\d{2} UTC</time>");
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    @Test
    void thePublicFactCheckShowsWhenItWasPublishedInWordsPeopleRead() {
        long id = Desk.claimInReview(RITA, "Moments on the public page", "False");
        Desk.ok(Desk.act(EDNA, id, "approve"));

        String page = RestAssured.get("/fact-checks/" + id).then().statusCode(200).extract().asString();

        assertThat(SHOWN.matcher(page).find()).as(page).isTrue();
        assertThat(ISO_INSTANT.matcher(shownText(page)).find()).as("no raw timestamp a reader sees").isFalse();
        assertThat(RestAssured.get("/fact-checks").asString()).containsPattern(SHOWN);
    }

    @Test
    void theClaimPageHistoryAndPublishedVersionsShowReadableMoments() {
        long id = Desk.claimInReview(RITA, "Moments on the claim page", "False");
        Desk.ok(Desk.act(EDNA, id, "approve"));

        String page = PageSession.signIn(EDNA).get("/claims/" + id).then().statusCode(200).extract().asString();

        assertThat(page).containsPattern(SHOWN);
        assertThat(ISO_INSTANT.matcher(shownText(page)).find()).as("no raw timestamp a person sees").isFalse();
    }

    @Test
    void theTokenListShowsWhenATokenExpiresInWords() {
        PageSession ada = PageSession.signIn(ADA);
        ada.submit("/admin/integrations", "/admin/integrations/tokens", Map.of("name", "dated token", "scopes", "read",
                "expiresAt", Desk.today().plusDays(10).toString()));

        String page = ada.get("/admin/integrations").asString();

        assertThat(page).containsPattern(SHOWN);
        assertThat(ISO_INSTANT.matcher(shownText(page)).find()).as("no raw timestamp an admin sees").isFalse();
    }

    /** What a person reads: the page without its scripts and attribute values. */
    private static String shownText(String html) {
        return html.replaceAll("(?s)<script.*?</script>", "").replaceAll("=\"[^\"]*\"", "");
    }
}
