package org.factdesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.DeskInChromium;
import org.factdesk.web.support.RequiresChromium;
import org.junit.jupiter.api.Test;

/**
 * On a phone (390 × 844), every page fits the screen: nothing scrolls sideways, and the header's
 * links, the search box and Sign out can all be reached without it.
 */
@QuarkusTest
@RequiresChromium
class PhoneLayoutBrowserTest extends DeskInChromium {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

    @Test
    void everyPageAReviewerWorksOnFitsAPhoneScreen() {
        long held = Desk.claimHeldBy(Desk.RITA, "A claim about the harbour's dredging budget held on a phone");
        long source = Desk.cite(Desk.RITA, held).then().statusCode(201).extract().jsonPath().getLong("sources[0].id");
        Desk.ok(Desk.draftVerdict(Desk.RITA, held, "Half true", "A draft written on a phone."));
        Desk.readyClaim("A claim about rail punctuality waiting in the queue on a phone", 1);
        Page rita = onAPhone(signedIn(Desk.RITA));

        assertFitsEveryPage(rita, "/", "/queue", "/my-claims", "/claims/" + held, "/claims/" + held + "/sources/" + source, "/search?q=harbour", "/articles/new",
                "/dashboard", "/account", "/notifications", "/fact-checks", "/no-such-page");
    }

    @Test
    void everyPageAnEditorWorksOnFitsAPhoneScreen() {
        long inReview = Desk.claimInReview(Desk.RITA, "A claim about school meals waiting for approval on a phone", "Misleading");
        Desk.newClaim("A claim about bus fares waiting for triage on a phone");
        Page edna = onAPhone(signedIn(Desk.EDNA));

        assertFitsEveryPage(edna, "/", "/triage", "/review", "/claims/" + inReview, "/dashboard");
    }

    @Test
    void everyPageAnAdminWorksOnFitsAPhoneScreen() {
        Page ada = onAPhone(signedIn(Desk.ADA));

        assertFitsEveryPage(ada, "/admin", "/admin/integrations", "/admin/backups", "/admin/security");
    }

    @Test
    void everyPageAReaderSeesFitsAPhoneScreen() {
        long published = Desk.claimInReview(Desk.RITA, "A claim about river pollution read on a phone", "Mostly true");
        Desk.ok(Desk.act(Desk.EDNA, published, "approve"));
        Page reader = onAPhone(reader());

        assertFitsEveryPage(reader, "/login", "/fact-checks", "/fact-checks/" + published, "/fact-checks?q=river");
    }

    private static Page onAPhone(Page page) {
        page.setViewportSize(WIDTH, HEIGHT);
        return page;
    }

    private static void assertFitsEveryPage(Page page, String... paths) {
        List<String> misfits = new ArrayList<>();
        for (String path : paths) {
            page.navigate(path);
            int documentWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
            if (documentWidth > WIDTH) {
                misfits.add(path + " is " + documentWidth + " px wide; widest: " + page.evaluate(WIDEST_ELEMENTS));
            }
            Locator signOut = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true));
            if (signOut.count() > 0) {
                BoundingBox box = signOut.boundingBox();
                if (box == null || box.x < 0 || box.x + box.width > WIDTH) {
                    misfits.add(path + ": Sign out is outside the screen");
                }
            }
        }
        assertThat(misfits).as("pages that do not fit %d px", WIDTH).isEmpty();
    }

    /** The elements that reach furthest right, to say in a failure what overflows. */
    private static final String WIDEST_ELEMENTS = """
            () => [...document.querySelectorAll('body *')]
                .map(e => [e, e.getBoundingClientRect().right])
                .filter(([e, right]) => right > window.innerWidth)
                .sort((a, b) => b[1] - a[1]).slice(0, 3)
                .map(([e, right]) => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ' + Math.round(right))
                .join(', ')
            """;
}
