package org.factdesk.web.conversation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.DeskInChromium;
import org.factdesk.web.support.RequiresChromium;
import org.junit.jupiter.api.Test;

/** A reviewer and an editor, each in their own browser, talk about a claim through its notes. */
@QuarkusTest
@RequiresChromium
class ConversationBrowserTest extends DeskInChromium {

    @Test
    void aReviewerAsksTheEditorWhoIsNotifiedOpensTheClaimAndAnswers() {
        long id = Desk.claimHeldBy(Desk.RITA, "The ring road cut journey times by a quarter");
        Page rita = signedIn(Desk.RITA);
        Page edna = signedIn(Desk.EDNA);

        rita.navigate("/claims/" + id);
        rita.getByLabel("Note to the people on this claim").fill("@edna should we compare with the 2019 survey?");
        rita.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add note")).click();
        assertThat(rita.getByRole(AriaRole.STATUS)).containsText("@edna notified.");

        edna.navigate("/dashboard");
        assertThat(edna.locator("a.notifications")).hasAttribute("aria-label", java.util.regex.Pattern.compile("Notifications, \\d+ unread"));
        edna.locator("a.notifications").click();
        edna.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rita Alves mentioned you in a note on claim #" + id)).click();
        assertThat(edna.locator(".timeline li.note")).containsText("should we compare with the 2019 survey?");
        edna.getByLabel("Note to the people on this claim").fill("Yes, and say so in the explanation.");
        edna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add note")).click();
        assertThat(edna.getByRole(AriaRole.STATUS)).containsText("Note added.");

        rita.navigate("/notifications");
        rita.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edna Park wrote a note on claim #" + id)).click();
        assertThat(rita.locator(".timeline li.note").last()).containsText("Yes, and say so in the explanation.");
    }
}
