package org.factdesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDDIE;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.REMY;
import static org.factdesk.web.support.Desk.RITA;
import static org.factdesk.web.support.Desk.act;
import static org.factdesk.web.support.Desk.ok;
import static org.factdesk.web.support.Desk.transition;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Map;
import org.factdesk.core.claim.Claim;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A double review shows where it stands: the free seat is offered, and each page says who it waits for. */
@QuarkusTest
class DoubleReviewPagesTest {

    @BeforeEach
    void thereIsASecondEditor() {
        Desk.ensureSecondEditor();
    }

    @Test
    void theQueueOffersTheFreeSecondSeatToEveryoneButTheFirstReviewer() {
        long id = doubleReviewWithOneSeatTaken("The ferry runs half as often since May");
        String seat = "id=\"second-seat-" + id + "\"";

        assertThat(PageSession.signIn(REMY).page("/queue")).contains("Second review wanted", seat);
        assertThat(PageSession.signIn(RITA).page("/queue")).doesNotContain(seat);

        PageSession remy = PageSession.signIn(REMY);
        remy.submit("/queue", "/queue/" + id + "/claim", Map.of());
        assertThat(Desk.read(EDNA, id).getList("assignees")).containsExactlyInAnyOrder(RITA, REMY);
        assertThat(remy.page("/queue")).doesNotContain(seat);
    }

    @Test
    void theClaimPageSaysHowManyReviewsAreInAndOffersNoStepThatNoLongerApplies() {
        long id = doubleReviewWithOneSeatTaken("Tram ridership tripled in a year");
        assertThat(PageSession.signIn(RITA).page("/claims/" + id))
                .contains("0 of 2 reviews in, waiting for Rita Alves and a reviewer to take the free seat.");

        ok(act(REMY, id, "claim"));
        Desk.cite(RITA, id).then().statusCode(201);
        ok(Desk.draftVerdict(RITA, id, "False", "Ridership rose by a tenth."));
        ok(act(RITA, id, "submit"));

        String ritas = PageSession.signIn(RITA).page("/claims/" + id);
        assertThat(ritas).contains("1 of 2 reviews in, waiting for Remy Okafor.")
                .doesNotContain(">Submit for review</button>", ">Release</button>");
        String remys = PageSession.signIn(REMY).page("/claims/" + id);
        assertThat(remys).contains("1 of 2 reviews in, waiting for Remy Okafor.", ">Submit for review</button>");
    }

    @Test
    void anEditorWhoRatedAClaimIsToldWhoApprovesItInsteadOfBeingOfferedApprove() {
        long id = Desk.readyClaim("The harbour handled a record tonnage", 1);
        ok(act(EDNA, id, "claim"));
        Desk.cite(EDNA, id).then().statusCode(201);
        ok(Desk.draftVerdict(EDNA, id, "True", "Port statistics confirm it."));
        ok(act(EDNA, id, "submit"));

        String ednas = PageSession.signIn(EDNA).page("/claims/" + id);
        String eddies = PageSession.signIn(EDDIE).page("/claims/" + id);

        assertThat(ednas).doesNotContain(">Preview and approve</button>")
                .contains("You rated this claim, so another editor approves it (two-person rule):", "Eddie Second");
        assertThat(eddies).contains(">Preview and approve</button>").doesNotContain("You rated this claim");
    }

    /** A double review Rita holds the first seat of, long overdue so it leads the queue's offers. */
    private static long doubleReviewWithOneSeatTaken(String about) {
        long id = Desk.newClaim(about);
        ok(transition(EDNA, id, Map.of("action", "accept", "requiredReviews", 2, "priority", "urgent")));
        ok(act(RITA, id, "claim"));
        QuarkusTransaction.requiringNew().run(() -> Claim.<Claim>findById(id).dueDate = Desk.today().minusYears(5));
        return id;
    }
}
