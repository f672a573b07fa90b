package org.factdesk.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.DeskInChromium;
import org.factdesk.web.support.RequiresChromium;
import org.junit.jupiter.api.Test;

/** The search box in the page header finds any claim in any state, from any page, with the keyboard. */
@QuarkusTest
@RequiresChromium
class HeaderSearchBrowserTest extends DeskInChromium {

    @Test
    void anEditorTypesWordsIntoTheHeaderAndLandsOnTheClaimWithTheWordsMarked() {
        long id = Desk.claimHeldBy(Desk.RITA, "Hummingbirds migrate across the Gulf of Mexico without stopping");
        Page edna = signedIn(Desk.EDNA);
        edna.navigate("/dashboard");

        edna.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search every claim")).fill("hummingbird migration");
        edna.keyboard().press("Enter");

        assertThat(edna).hasURL(java.util.regex.Pattern.compile(".*/search\\?q=hummingbird\\+migration$"));
        assertThat(edna.locator("mark").first()).hasText("Hummingbirds");
        assertThat(edna.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("IN_RESEARCH"))).isVisible();
        edna.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("#" + id)).click();
        assertThat(edna).hasURL(java.util.regex.Pattern.compile(".*/claims/" + id + "$"));
    }
}
