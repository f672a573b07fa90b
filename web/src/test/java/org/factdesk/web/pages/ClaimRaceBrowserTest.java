package org.factdesk.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.DeskInChromium;
import org.factdesk.web.support.RequiresChromium;
import org.junit.jupiter.api.Test;

/** Two reviewers on the same queue page: the slower one is told who was faster, in place. */
@QuarkusTest
@RequiresChromium
class ClaimRaceBrowserTest extends DeskInChromium {

    @Test
    void theSlowerReviewerOnAStaleQueueIsToldWhoClaimedItFirst() {
        long id = Desk.readyClaim("Unemployment fell to a record low", 1);
        String text = Desk.read(Desk.EDNA, id).getString("text");
        Page rita = signedIn(Desk.RITA);
        Page remy = signedIn(Desk.REMY);
        rita.navigate("/queue");
        remy.navigate("/queue");
        Locator ritasRow = rowOf(rita, text);
        Locator remysRow = rowOf(remy, text);
        assertThat(claimButtonIn(ritasRow)).isVisible();
        assertThat(claimButtonIn(remysRow)).isVisible();
        remy.evaluate("() => window.stayedOnThisPage = true");

        claimButtonIn(ritasRow).click();
        assertThat(ritasRow).containsText("Yours — open claim #" + id);
        claimButtonIn(remysRow).click();

        assertThat(remysRow.getByRole(AriaRole.ALERT))
                .hasText("Claim #" + id + " was already claimed by rita.");
        assertThat(remysRow).not().containsText("Yours");
        assertThat(remy).hasURL(Pattern.compile("/queue$"));
        // One page, not an error page or a second queue swapped into the row.
        assertThat(remy.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasCount(1);
        assertThat(remy.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Queue");
        assertThat(remy.evaluate("() => window.stayedOnThisPage === true")).as("answered in place, no error page").isEqualTo(true);
        assertThat(Desk.read(Desk.EDNA, id).getList("assignees")).containsExactly(Desk.RITA);
    }

    private static Locator rowOf(Page queue, String text) {
        return queue.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(text));
    }

    private static Locator claimButtonIn(Locator row) {
        return row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Claim"));
    }
}
