package org.factdesk.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.ADA;
import static org.factdesk.web.support.Desk.EDDIE;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.REMY;
import static org.factdesk.web.support.Desk.RITA;
import static org.factdesk.web.support.Desk.act;
import static org.factdesk.web.support.Desk.ok;
import static org.factdesk.web.support.Desk.transition;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;

/**
 * A desk in the middle of a working day, made through the API: claims in every state, a corrected
 * fact-check with two published versions, cited sources, draft and submitted verdicts, and API
 * tokens, one of them revoked. What a backup must carry over whole.
 */
public record BusyDesk(long corrected, long published, long inReview, long researched, long ready, long dismissed, long fresh) {

    public static final List<String> STATES = List.of("NEW", "READY", "IN_RESEARCH", "IN_REVIEW", "PUBLISHED", "DISMISSED");

    public static BusyDesk fill() {
        Desk.ensureSecondEditor();
        long fresh = Desk.newClaim("Backups keep claims nobody has triaged");
        long ready = Desk.readyClaim("Backups keep claims that need two reviews", 2);
        long dismissed = Desk.newClaim("Backups keep dismissed claims");
        ok(transition(EDNA, dismissed, Map.of("action", "dismiss", "reason", "opinion")));
        long researched = Desk.claimHeldBy(REMY, "Backups keep claims in research");
        assertThat(Desk.cite(REMY, researched).statusCode()).isEqualTo(201);
        ok(Desk.draftVerdict(REMY, researched, "Half true", "A draft that is not submitted yet."));
        long inReview = Desk.claimInReview(REMY, "Backups keep claims waiting for an editor", "Mostly true");
        long published = Desk.claimInReview(RITA, "Backups keep published fact-checks", "False");
        ok(act(EDDIE, published, "approve"));
        long corrected = Desk.claimInReview(RITA, "Backups keep every version of a corrected fact-check", "False");
        ok(act(EDNA, corrected, "approve"));
        ok(transition(EDNA, corrected, Map.of("action", "reopen", "reason", "New figures change the rating.")));
        ok(Desk.draftVerdict(RITA, corrected, "Mostly false", "The new figures make it mostly false."));
        ok(act(RITA, corrected, "submit"));
        ok(act(EDNA, corrected, "approve"));

        String nextMonth = Desk.today().plusDays(30).toString();
        assertThat(issueToken("backup reader", nextMonth).statusCode()).isEqualTo(201);
        long revoked = ((Number) issueToken("revoked before the backup", nextMonth).path("id")).longValue();
        assertThat(Desk.as(ADA).delete("/api/v1/tokens/" + revoked).statusCode()).isEqualTo(204);
        return new BusyDesk(corrected, published, inReview, researched, ready, dismissed, fresh);
    }

    private static Response issueToken(String name, String expiresAt) {
        return Desk.as(ADA).body(Map.of("name", name, "scopes", List.of("read"), "expiresAt", expiresAt))
                .post("/api/v1/tokens");
    }
}
