package org.factdesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.RITA;
import static org.factdesk.web.support.Desk.act;
import static org.factdesk.web.support.Desk.ok;
import static org.factdesk.web.support.Desk.transition;

import java.util.Map;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Approving takes two steps: a preview of the public page and its ClaimReview, then Publish now. */
@QuarkusTest
class ApprovalPreviewTest {

    @Test
    void thePreviewShowsThePublicPageAndItsClaimReviewAndPublishesNothing() {
        long id = Desk.claimInReview(RITA, "The bypass saved drivers ten minutes", "Misleading");
        PageSession edna = PageSession.signIn(EDNA);

        String preview = edna.page("/claims/" + id + "/approval");

        assertThat(preview).contains("what readers will see", "Our rating: <strong class=\"rating\">Misleading</strong>",
                "Summary by rita of claim " + id + ".", "Checked against the cited source.", "Rated by Rita Alves; approved by Edna Park",
                "&quot;@type&quot; : &quot;ClaimReview&quot;", ">Publish now</button>", "This will be version 1");
        assertThat(Desk.read(EDNA, id).getString("state")).isEqualTo("IN_REVIEW");

        String after = edna.redirectAfter("/claims/" + id + "/approval", "/claims/" + id + "/actions", Map.of("action", "approve"));

        assertThat(after).isEqualTo("/claims/" + id);
        assertThat(Desk.read(EDNA, id).getString("state")).isEqualTo("PUBLISHED");
    }

    @Test
    void aCorrectionsPreviewShowsWhatChangesAgainstThePublishedVersion() {
        long id = Desk.claimInReview(RITA, "The new library doubled its visitors", "False");
        ok(act(EDNA, id, "approve"));
        ok(transition(EDNA, id, Map.of("action", "reopen", "reason", "The visitor count was revised.")));
        ok(Desk.draftVerdict(RITA, id, "Mostly true", "Visitors rose by 90 percent."));
        ok(act(RITA, id, "submit"));

        String preview = PageSession.signIn(EDNA).page("/claims/" + id + "/approval");

        assertThat(preview).contains("This is a correction: version 2 replaces version 1", "What the correction changes",
                "<del>False</del>", "<ins>Mostly true</ins>", "<ins>Visitors rose by 90 percent.</ins>",
                "The visitor count was revised.");
    }

    @Test
    void aReviewerCannotOpenTheApprovalStep() {
        long id = Desk.claimInReview(RITA, "The ferry is never late", "False");

        int status = PageSession.signIn(RITA).get("/claims/" + id + "/approval").statusCode();

        assertThat(status).isEqualTo(403);
        assertThat(Desk.read(EDNA, id).getString("state")).isEqualTo("IN_REVIEW");
    }
}
