package org.factdesk.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.factdesk.web.support.Chromium;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.DeskInChromium;
import org.factdesk.web.support.RequiresChromium;
import org.junit.jupiter.api.Test;

/** axe-core finds nothing serious or critical on the pages people work and read on. */
@QuarkusTest
@RequiresChromium
class AccessibilityBrowserTest extends DeskInChromium {

    @Test
    void theLoginPageHasNoSeriousViolations() {
        Page reader = reader();
        reader.navigate("/login");
        assertThat(heading(reader, "Sign in")).isVisible();
        assertNoSeriousViolations(reader);
    }

    @Test
    void theQueueHasNoSeriousViolations() {
        Desk.readyClaim("Queue pages are read by everyone", 1);
        Page rita = signedIn(Desk.RITA);
        rita.navigate("/queue");
        assertThat(heading(rita, "Queue")).isVisible();
        assertNoSeriousViolations(rita);
    }

    @Test
    void aClaimPageOfAClaimTheReviewerHoldsHasNoSeriousViolations() {
        long id = Desk.claimHeldBy(Desk.RITA, "A held claim with a source and a draft");
        Desk.cite(Desk.RITA, id).then().statusCode(201);
        Desk.ok(Desk.draftVerdict(Desk.RITA, id, "Half true", "A draft summary."));
        Page rita = signedIn(Desk.RITA);
        rita.navigate("/claims/" + id);
        assertThat(heading(rita, "Your verdict")).isVisible();
        assertNoSeriousViolations(rita);
    }

    @Test
    void theReviewListHasNoSeriousViolations() {
        Desk.claimInReview(Desk.RITA, "A claim waiting on the review list", "False");
        Page edna = signedIn(Desk.EDNA);
        edna.navigate("/review");
        assertThat(heading(edna, "Review")).isVisible();
        assertNoSeriousViolations(edna);
    }

    @Test
    void aClaimPageForReviewHasNoSeriousViolations() {
        long id = Desk.claimInReview(Desk.RITA, "A claim an editor reviews", "Misleading");
        Page edna = signedIn(Desk.EDNA);
        edna.navigate("/claims/" + id);
        assertThat(edna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview and approve"))).isVisible();
        assertNoSeriousViolations(edna);
        edna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview and approve")).click();
        assertThat(edna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish now"))).isVisible();
        assertNoSeriousViolations(edna);
    }

    @Test
    void thePublicFactCheckListHasNoSeriousViolations() {
        publishedClaim("A claim on the public list");
        Page reader = reader();
        reader.navigate("/fact-checks");
        assertThat(reader.locator(".fact-check-list li").first()).isVisible();
        assertNoSeriousViolations(reader);
    }

    @Test
    void aPublicFactCheckPageHasNoSeriousViolations() {
        long id = publishedClaim("A claim with its own public page");
        Page reader = reader();
        reader.navigate("/fact-checks/" + id);
        assertThat(reader.getByText("Our rating")).isVisible();
        assertNoSeriousViolations(reader);
    }

    @Test
    void theDashboardHasNoSeriousViolations() {
        Page edna = signedIn(Desk.EDNA);
        edna.navigate("/dashboard");
        assertThat(heading(edna, "Dashboard")).isVisible();
        assertNoSeriousViolations(edna);
    }

    @Test
    void theNotificationsAndAClaimsNotesHaveNoSeriousViolations() {
        long id = Desk.claimHeldBy(Desk.RITA, "A claim whose reviewer asks the editor a question");
        Desk.as(Desk.RITA).body(java.util.Map.of("text", "@edna which year do we compare with?"))
                .post(Desk.CLAIMS + "/" + id + "/notes").then().statusCode(201);
        Page edna = signedIn(Desk.EDNA);
        edna.navigate("/notifications");
        assertThat(heading(edna, "Notifications")).isVisible();
        assertNoSeriousViolations(edna);
        edna.navigate("/claims/" + id);
        assertThat(edna.getByLabel("Note to the people on this claim")).isVisible();
        assertNoSeriousViolations(edna);
    }

    @Test
    void theTriagePageHasNoSeriousViolations() {
        Desk.newClaim("A claim waiting for triage");
        Desk.readyClaim("A claim waiting for a reviewer on the triage page", 1);
        Page edna = signedIn(Desk.EDNA);
        edna.navigate("/triage");
        assertThat(heading(edna, "Triage")).isVisible();
        assertThat(edna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept selected"))).isVisible();
        assertNoSeriousViolations(edna);
    }

    @Test
    void theSourceEditPageHasNoSeriousViolations() {
        long id = Desk.claimHeldBy(Desk.RITA, "A claim whose source the reviewer corrects");
        long source = Desk.cite(Desk.RITA, id).then().statusCode(201).extract().jsonPath().getLong("sources[0].id");
        Page rita = signedIn(Desk.RITA);
        rita.navigate("/claims/" + id);
        rita.getByText("Edit or remove").first().click();
        assertThat(rita.getByLabel("Archived copy (optional)")).isVisible();
        assertThat(rita.url()).endsWith("/claims/" + id + "/sources/" + source);
        assertNoSeriousViolations(rita);
    }

    @Test
    void theArticleImportPagesHaveNoSeriousViolations() {
        Page edna = signedIn(Desk.EDNA);
        edna.navigate("/articles/new");
        assertThat(heading(edna, "Import an article")).isVisible();
        assertNoSeriousViolations(edna);
        edna.getByLabel("Title").fill("A short report");
        edna.getByLabel("Text (or upload a file below)").fill("Rents rose 12 percent in 2023, the city said. It rained.");
        edna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the article")).click();
        assertThat(edna.getByText("Submit the picked claims")).isVisible();
        assertNoSeriousViolations(edna);
    }

    @Test
    void theAdminPagesHaveNoSeriousViolations() {
        Page ada = signedIn(Desk.ADA);
        ada.navigate("/admin");
        assertThat(heading(ada, "Admin")).isVisible();
        assertNoSeriousViolations(ada);
        ada.navigate("/admin/integrations");
        assertThat(heading(ada, "Integrations")).isVisible();
        assertNoSeriousViolations(ada);
    }

    private static long publishedClaim(String about) {
        long id = Desk.claimInReview(Desk.RITA, about, "Mostly true");
        Desk.ok(Desk.act(Desk.EDNA, id, "approve"));
        return id;
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void assertNoSeriousViolations(Page page) {
        assertThat(Chromium.seriousViolations(page)).as("serious or critical axe-core violations on %s", page.url()).isEmpty();
    }
}
