package org.factdesk.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.factdesk.workflow.review.DismissalReason.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DismissalReasonTest {

    @ParameterizedTest(name = "\"{0}\" is read as {1} and written \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            not checkable     | NOT_CHECKABLE | not checkable
            Opinion           | OPINION       | opinion
            duplicate of #12  | DUPLICATE     | duplicate of #12
            duplicate #7      | DUPLICATE     | duplicate of #7
            out-of-scope      | OUT_OF_SCOPE  | out of scope
            out_of_scope      | OUT_OF_SCOPE  | out of scope
            '  Not   Checkable ' | NOT_CHECKABLE | not checkable
            """)
    void dismissalAcceptsTheFourReasonsInTheirUsualSpellings(String text, Category category, String normalForm) {
        DismissalReason reason = DismissalReason.parse(text).orElseThrow();

        assertThat(reason.category()).isEqualTo(category);
        assertThat(reason.toString()).isEqualTo(normalForm);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "because", "duplicate of #", "duplicate", "not", "opinions", "out of scope!"})
    void dismissalNeedsOneOfTheFourReasons(String text) {
        assertThat(DismissalReason.parse(text)).isEmpty();
    }

    @Test
    void aDuplicateRemembersWhichClaimItDuplicates() {
        assertThat(DismissalReason.parse("duplicate of #12").orElseThrow().duplicateOf()).hasValue(12);
        assertThat(DismissalReason.parse("duplicate #7").orElseThrow().duplicateOf()).hasValue(7);
    }

    @Test
    void reasonsOtherThanDuplicateCarryNoClaimNumber() {
        assertThat(DismissalReason.parse("opinion").orElseThrow().duplicateOf()).isEmpty();
        assertThat(DismissalReason.parse("out of scope").orElseThrow().duplicateOf()).isEmpty();
    }

    @Test
    void theNormalFormReadsBackAsTheSameReason() {
        for (String text : new String[] {"not checkable", "opinion", "duplicate of #12", "out of scope"}) {
            DismissalReason reason = DismissalReason.parse(text).orElseThrow();
            assertThat(DismissalReason.parse(reason.toString())).contains(reason);
        }
    }

    @Test
    void aReasonBuiltDirectlyIsWrittenInTheNormalForm() {
        assertThat(new DismissalReason(Category.DUPLICATE, OptionalLong.of(3))).hasToString("duplicate of #3");
        assertThat(new DismissalReason(Category.NOT_CHECKABLE, OptionalLong.empty())).hasToString("not checkable");
    }
}
