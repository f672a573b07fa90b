package org.factdesk.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.DeskInChromium;
import org.factdesk.web.support.RequiresChromium;
import org.junit.jupiter.api.Test;

/** A claim from the queue to a public fact-check, clicked through by the people who do it. */
@QuarkusTest
@RequiresChromium
class ReviewerWorkflowBrowserTest extends DeskInChromium {

    private static final String RATING = "Mostly false";

    @Test
    void aReviewerRatesAClaimFromTheQueueAnEditorApprovesItAndReadersGetItsClaimReview() throws Exception {
        long id = Desk.readyClaim("Exports doubled last year", 1);
        String text = Desk.read(Desk.EDNA, id).getString("text");

        Page rita = signedIn(Desk.RITA);
        navLink(rita, "Queue").click();
        Locator row = rita.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(text));
        rita.evaluate("() => window.stayedOnThisPage = true");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Claim")).click();
        assertThat(row).containsText("Yours — open claim #" + id);
        assertThat(rita.evaluate("() => window.stayedOnThisPage === true")).as("claimed in place, no reload").isEqualTo(true);

        navLink(rita, "My claims").click();
        rita.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text)).click();
        assertThat(rita).hasURL(Pattern.compile("/claims/" + id + "$"));

        rita.getByLabel("Web address", exact()).fill("https://example.org/trade/exports-" + id);
        rita.getByLabel("Title", exact()).fill("Trade statistics " + id);
        rita.getByLabel("Publisher", exact()).fill("Example Statistics Office");
        rita.getByLabel("Stance", exact()).selectOption("refutes");
        button(rita, "Cite source").click();
        assertThat(rita.getByRole(AriaRole.STATUS)).containsText("Source cited.");
        assertThat(rita.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trade statistics " + id).setExact(true))).isVisible();

        rita.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(RATING)).check();
        rita.getByLabel("Summary").fill("Exports grew by a fifth, not a half.");
        rita.getByLabel("Explanation").fill("The statistics office's yearly trade table gives both years.");
        button(rita, "Save verdict").click();
        assertThat(rita.getByRole(AriaRole.STATUS)).containsText("Verdict saved.");
        button(rita, "Submit for review").click();
        assertThat(stateOf(rita)).hasText("IN_REVIEW");

        Page edna = signedIn(Desk.EDNA);
        navLink(edna, "Review").click();
        edna.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text)).click();
        assertThat(stateOf(edna)).hasText("IN_REVIEW");
        button(edna, "Preview and approve").click();
        assertThat(edna.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("what readers will see")))).isVisible();
        button(edna, "Publish now").click();
        assertThat(stateOf(edna)).hasText("PUBLISHED");

        Page reader = reader();
        reader.navigate("/fact-checks");
        reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text)).click();
        assertThat(reader).hasURL(Pattern.compile("/fact-checks/" + id + "$"));
        Locator jsonLd = reader.locator("script[type='application/ld+json']");
        assertThat(jsonLd).hasCount(1);
        JsonNode claimReview = new ObjectMapper().readTree(jsonLd.textContent());
        assertThat(claimReview.path("@type").asText()).isEqualTo("ClaimReview");
        assertThat(claimReview.path("reviewRating").path("alternateName").asText()).isEqualTo(RATING);
    }

    private static Locator navLink(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator stateOf(Page claimPage) {
        return claimPage.locator(".kicker .state");
    }

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }
}
