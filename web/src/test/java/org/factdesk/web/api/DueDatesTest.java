package org.factdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.factdesk.core.claim.Claim;
import org.factdesk.web.support.Desk;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DueDatesTest {

    @Test
    void acceptSetsPriorityAndDueDate() {
        long id = Desk.newClaim("Due dates are kept");
        String due = Desk.today().plusDays(5).toString();

        Desk.ok(Desk.transition(EDNA, id, Map.of("action", "accept", "priority", "urgent", "dueDate", due)));

        var claim = Desk.read(EDNA, id);
        assertThat(claim.getString("priority")).isEqualTo("URGENT");
        assertThat(claim.getString("dueDate")).isEqualTo(due);
        assertThat(claim.getBoolean("overdue")).isFalse();
    }

    @Test
    void overdueClaimsAreFindableAndOnTimeOnesAreNot() {
        long late = Desk.readyClaim("This one is late", 1);
        long onTime = Desk.readyClaim("This one is on time", 1);
        QuarkusTransaction.requiringNew().run(() -> {
            Claim.<Claim>findById(late).dueDate = Desk.today().minusDays(2);
            Claim.<Claim>findById(onTime).dueDate = Desk.today().plusDays(2);
        });

        List<Integer> overdue = as(EDNA).queryParam("overdue", true).queryParam("limit", 200)
                .get("/api/v1/claims").then().statusCode(200).extract().path("items.id");

        assertThat(overdue).contains((int) late).doesNotContain((int) onTime);
        assertThat(Desk.read(EDNA, late).getBoolean("overdue")).isTrue();
    }
}
