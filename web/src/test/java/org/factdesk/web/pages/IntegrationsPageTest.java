package org.factdesk.web.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.ADA;
import static org.factdesk.web.support.Desk.EDNA;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.PageSession;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IntegrationsPageTest {

    @Test
    void anAdminIssuesATokenOnThePageAndSeesItOnce() {
        PageSession ada = PageSession.signIn(ADA);

        Response issued = ada.submit("/admin/integrations", "/admin/integrations/tokens", Map.of("name", "page-issued",
                "scopes", "read", "expiresAt", Desk.today().plusDays(10).toString()));

        assertThat(issued.statusCode()).isEqualTo(303);
        String page = ada.get("/admin/integrations").asString();
        Matcher secret = Pattern.compile("(fdk_[A-Za-z0-9_-]+)").matcher(page);
        assertThat(secret.find()).as("the secret is shown after issuing").isTrue();
        given().header("Authorization", "Bearer " + secret.group(1)).get("/api/v1/claims").then().statusCode(200);
        assertThat(ada.get("/admin/integrations").asString()).as("and only once").doesNotContain(secret.group(1))
                .contains("page-issued");
    }

    @Test
    void aTokenWithoutExpiryComesBackWithTheErrorNextToTheField() {
        PageSession ada = PageSession.signIn(ADA);

        ada.submit("/admin/integrations", "/admin/integrations/tokens", Map.of("name", "no expiry", "scopes", "read"));

        String page = ada.get("/admin/integrations").asString();
        assertThat(page).contains("id=\"expiresAt-error\"").contains("value=\"no expiry\"");
    }

    @Test
    void editorsCannotOpenIntegrations() {
        assertThat(PageSession.signIn(EDNA).get("/admin/integrations").statusCode()).isEqualTo(403);
    }
}
