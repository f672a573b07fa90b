package org.factdesk.web.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.DeskInChromium;
import org.factdesk.web.support.RequiresChromium;
import org.junit.jupiter.api.Test;

/** The pages still work in a real browser that enforces their Content-Security-Policy, and nothing is refused. */
@QuarkusTest
@RequiresChromium
class SecurityHeadersBrowserTest extends DeskInChromium {

    @Test
    void htmxChartsAndFormsWorkWithoutAPolicyViolation() {
        long id = Desk.readyClaim("A claim taken in place under the page policy", 1);
        String text = Desk.read(Desk.EDNA, id).getString("text");
        long published = Desk.claimInReview(Desk.RITA, "A claim published under the page policy", "False");
        Desk.ok(Desk.act(Desk.EDNA, published, "approve"));
        Page rita = signedIn(Desk.RITA);
        List<String> refused = policyViolationsOn(rita);

        // Found by its text: other tests leave more ready claims than the queue's first page holds.
        rita.navigate("/queue?q=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8));
        Locator row = rita.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(text));
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Claim")).click();
        assertThat(row).containsText("Yours — open claim #" + id);

        rita.navigate("/dashboard");
        assertThat(rita.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
        rita.waitForFunction("() => typeof Chart !== 'undefined' && !!Chart.getChart('chart-claims-by-state')");

        rita.navigate("/claims/" + id);
        rita.getByLabel("Web address").fill("https://example.org/evidence-under-policy");
        rita.getByLabel("Title").fill("Evidence cited under the page policy");
        rita.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cite source")).click();
        assertThat(rita.getByRole(AriaRole.STATUS)).containsText("Source cited.");

        Page reader = reader();
        List<String> refusedForReader = policyViolationsOn(reader);
        reader.navigate("/fact-checks/" + published);
        assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();

        assertThat(refused).as("what the browser refused for rita").isEmpty();
        assertThat(refusedForReader).as("what the browser refused for a reader").isEmpty();
    }

    /** Chromium reports everything the policy stops on the console; collected as the page goes. */
    private static List<String> policyViolationsOn(Page page) {
        List<String> refused = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refused.add(message.text());
            }
        });
        return refused;
    }
}
