package org.factdesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.NewCookie;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlashTest {

    @Test
    void aPartlyDoneStepsMessageFitsInACookieEvenWhenItsErrorIsInAWideScript() {
        String notice = "Accepted 100 claims: " + "#123456, ".repeat(50);
        String error = "#7 was left as it was: nobody active is called \"" + "名".repeat(3000) + "\".";

        NewCookie cookie = Flash.outcome(notice, error);

        assertThat(cookie.getValue().length()).isLessThan(4096 - 100);
        Flash read = Flash.read(cookie.getValue());
        assertThat(read.notice()).startsWith("Accepted 100 claims: #123456");
        assertThat(read.error()).startsWith("#7 was left as it was");
    }

    @Test
    void aRefusedCardsErrorSummaryLinksToTheCardAndAFieldsToTheField() {
        Flash card = new Flash(null, "The due date is in the past.", "dueDate", Map.of("card", "42"));
        Flash field = new Flash(null, "Give the source's title.", "title", Map.of());

        assertThat(card.anchor()).isEqualTo("card-42-error");
        assertThat(field.anchor()).isEqualTo("field-title");
    }

    @Test
    void tickedBoxesComeBackOnlyFromARefusedForm() {
        Flash refused = new Flash(null, "Select at most 100 claims.", "claim", Map.of("claim", "12\n15"));
        Flash done = new Flash("Accepted.", null, null, Map.of("claim", "12"));

        assertThat(refused.ticked("claim", 15L)).isTrue();
        assertThat(refused.ticked("claim", 1L)).isFalse();
        assertThat(done.ticked("claim", 12L)).isFalse();
    }
}
