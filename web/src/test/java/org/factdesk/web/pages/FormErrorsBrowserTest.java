package org.factdesk.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.DeskInChromium;
import org.factdesk.web.support.RequiresChromium;
import org.junit.jupiter.api.Test;

/** A refused form comes back as it was left, with the reason beside the field; the keyboard is enough. */
@QuarkusTest
@RequiresChromium
class FormErrorsBrowserTest extends DeskInChromium {

    /** Tabs from the top of a one-row queue to its Claim button, with room to spare. */
    private static final int MAX_TABS = 40;

    @Test
    void aSourceWithABadAddressComesBackWithTheErrorBesideTheAddressAndTheTitleStillTyped() {
        long id = Desk.claimHeldBy(Desk.RITA, "Crime rose in every city");
        Page rita = signedIn(Desk.RITA);
        rita.navigate("/claims/" + id);
        Locator address = rita.getByLabel("Web address", exact());
        // The browser would refuse this itself; the server must refuse it too, for any client.
        address.evaluate("input => { input.removeAttribute('type'); input.removeAttribute('required'); }");
        address.fill("http//bad");
        rita.getByLabel("Title", exact()).fill("Police figures she typed");
        rita.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cite source")).click();

        Locator addressAfter = rita.getByLabel("Web address", exact());
        Locator besideTheAddress = addressAfter.locator("xpath=following-sibling::*[1]");
        assertThat(besideTheAddress).containsText("\"http//bad\" is not a web address");
        assertThat(addressAfter).hasAttribute("aria-invalid", "true");
        assertThat(addressAfter).hasAttribute("aria-describedby", besideTheAddress.getAttribute("id"));
        assertThat(addressAfter).hasValue("http//bad");
        assertThat(rita.getByLabel("Title", exact())).hasValue("Police figures she typed");
        assertThat(rita.getByText("No source cited yet.")).isVisible();
    }

    @Test
    void anArticleWithoutTextComesBackAsTheWholePageWithTheErrorBesideTheTextAndTheTitleStillTyped() {
        Page edna = signedIn(Desk.EDNA);
        edna.navigate("/articles/new");
        edna.getByLabel("Title", exact()).fill("The mayor's speech, not pasted yet");
        edna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the article")).click();

        Locator text = edna.getByLabel("Text (or upload a file below)", exact());
        assertThat(text).hasAttribute("aria-invalid", "true");
        assertThat(text.locator("xpath=following-sibling::*[1]")).not().isEmpty();
        assertThat(edna.getByLabel("Title", exact())).hasValue("The mayor's speech, not pasted yet");
        assertThat(edna.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))).isVisible();
        assertThat(edna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true))).isVisible();
    }

    @Test
    void theClaimButtonInTheQueueCanBeReachedAndPressedWithTheKeyboardAlone() {
        long id = Desk.readyClaim("Rents halved since the new law", 1);
        String text = Desk.read(Desk.EDNA, id).getString("text");
        Page rita = signedIn(Desk.RITA);
        rita.navigate("/queue?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));

        String claimButton = "Claim #" + id;
        int tabs = 0;
        while (!claimButton.equals(focusedLabel(rita)) && tabs < MAX_TABS) {
            rita.keyboard().press("Tab");
            tabs++;
        }
        assertThat(focusedLabel(rita)).as("focus after %d presses of Tab", tabs).isEqualTo(claimButton);
        rita.keyboard().press("Enter");

        assertThat(rita.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(text)))
                .containsText("Yours — open claim #" + id);
        assertThat(Desk.read(Desk.EDNA, id).getList("assignees")).containsExactly(Desk.RITA);
    }

    private static Object focusedLabel(Page page) {
        return page.evaluate("() => document.activeElement && document.activeElement.getAttribute('aria-label')");
    }

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }
}
