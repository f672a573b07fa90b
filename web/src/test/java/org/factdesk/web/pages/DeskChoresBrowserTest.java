package org.factdesk.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.factdesk.core.claim.Claim;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.DeskInChromium;
import org.factdesk.web.support.RequiresChromium;
import org.junit.jupiter.api.Test;

/** The everyday chores of a desk, clicked through: triage in bulk, a source corrected, a sentence reworded. */
@QuarkusTest
@RequiresChromium
class DeskChoresBrowserTest extends DeskInChromium {

    @Test
    void anEditorTicksTwoNewClaimsAndAcceptsThemInOneStep() {
        long first = Desk.newClaim("Bus fares fell in the browser");
        long second = Desk.newClaim("Tram fares rose in the browser");
        QuarkusTransaction.requiringNew().run(() -> List.of(first, second)
                .forEach(id -> Claim.<Claim>findById(id).checkWorthiness = 1.0));

        Page edna = signedIn(Desk.EDNA);
        edna.navigate("/triage");
        edna.getByLabel("Select #" + first, new Page.GetByLabelOptions().setExact(true)).check();
        edna.getByLabel("Select #" + second, new Page.GetByLabelOptions().setExact(true)).check();
        edna.locator("#bulk-priority").selectOption("high");
        button(edna, "Accept selected").click();

        assertThat(edna.getByRole(AriaRole.STATUS)).containsText("Accepted 2 claims: #" + first + ", #" + second + ".");
        for (long id : List.of(first, second)) {
            assertThat(Desk.read(Desk.EDNA, id).getString("state")).isEqualTo("READY");
            assertThat(Desk.read(Desk.EDNA, id).getString("priority")).isEqualTo("HIGH");
        }
    }

    @Test
    void aReviewerCorrectsACitedSourceThenRemovesIt() {
        long id = Desk.claimHeldBy(Desk.RITA, "The ring road was finished early");
        Desk.cite(Desk.RITA, id).then().statusCode(201);

        Page rita = signedIn(Desk.RITA);
        rita.navigate("/claims/" + id);
        rita.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit or remove")).click();
        rita.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Ring road completion report");
        rita.getByLabel("Archived copy (optional)").fill("https://web.archive.org/web/2021/https://example.org/ring-road");
        button(rita, "Save source").click();

        assertThat(rita.getByRole(AriaRole.STATUS)).containsText("Source corrected.");
        assertThat(rita.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ring road completion report").setExact(true))).isVisible();
        assertThat(rita.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("archived copy of Ring road completion report"))).isVisible();

        rita.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit or remove")).click();
        button(rita, "Remove source").click();

        assertThat(rita.getByRole(AriaRole.STATUS)).containsText("Source removed");
        assertThat(rita.getByText("No source cited yet.")).isVisible();
        assertThat(rita.locator("ol.timeline")).containsText("remove-source");
    }

    @Test
    void anEditorRewordsASentenceOfAnArticleBeforeItBecomesAClaim() {
        String wording = Desk.uniqueText("Soybean exports fell by two fifths in 2019");
        Page edna = signedIn(Desk.EDNA);
        edna.navigate("/articles/new");
        edna.getByLabel("Title").fill("Harvest report");
        edna.getByLabel("Text (or upload a file below)").fill("Officials met on Monday. He said exports of soybeans fell 40 percent in 2019. It rained.");
        button(edna, "Read the article").click();

        // Each row shows its sentence marked among its neighbours.
        Locator row = edna.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHas(edna.locator("mark", new Page.LocatorOptions().setHasText("exports of soybeans"))));
        row.getByRole(AriaRole.CHECKBOX).check();
        row.getByText("Reword").click();
        row.locator("textarea").fill(wording);
        row.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Claimant of the sentence")).fill("Trade minister Ana Lima");
        button(edna, "Submit the picked claims").click();

        assertThat(edna.getByRole(AriaRole.STATUS)).containsText("waiting for triage");
        edna.navigate("/search?q=" + java.net.URLEncoder.encode("\"" + wording + "\"", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(edna.locator(".snippet").first()).hasText(wording);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
