package org.factdesk.web.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.ADA;
import static org.factdesk.web.support.Desk.PROBLEM_JSON;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.PageSession;
import org.factdesk.web.support.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The suite's own desk cannot back itself up: its H2 database is in memory, or, in the PostgreSQL run,
 * it is PostgreSQL, which pg_dump backs up. The button and the API say so instead of pretending.
 */
@QuarkusTest
class BackupsUnavailableTest {

    private static final String WHY = TestDatabases.suiteOnPostgres() ? "pg_dump" : "held in memory";

    @Test
    void theBackupApiRefusesWithTheReasonAndWritesNothing() {
        Response refused = Desk.as(ADA).post("/api/v1/backups");

        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(refused.jsonPath().getString("detail")).contains(WHY);
        assertThat(Desk.as(ADA).get("/api/v1/backups").then().statusCode(200).extract().jsonPath().getList("")).isEmpty();
    }

    @Test
    void theBackupsPageSaysWhyAndOffersNoButton() {
        PageSession ada = PageSession.signIn(ADA);

        assertThat(ada.page("/admin/backups")).contains(WHY).doesNotContain("Back up now");

        assertThat(ada.redirectAfter("/admin/backups", "/admin/backups", Map.of("back", "/admin/backups")))
                .isEqualTo("/admin/backups");
        assertThat(ada.page("/admin/backups")).contains("role=\"alert\"", WHY);
    }
}
