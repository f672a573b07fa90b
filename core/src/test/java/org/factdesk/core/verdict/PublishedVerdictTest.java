package org.factdesk.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.Claimant;
import org.factdesk.core.claim.ClaimantKind;
import org.factdesk.core.people.Person;
import org.factdesk.core.people.Role;
import org.junit.jupiter.api.Test;

class PublishedVerdictTest {

    private static final Instant AT = Instant.parse("2024-03-01T09:00:00Z");
    private static final Claim CLAIM =
            new Claim("Unemployment fell by half.", new Claimant("Jane Minister", ClaimantKind.PERSON, null), AT);
    private static final Person EDITOR = new Person("ed", "Ed Itor", Role.EDITOR, "pw", AT);

    private static PublishedVerdict publish(RatingLabel label, String correctionNote) {
        return new PublishedVerdict(CLAIM, 1, label, 5, 1, "It fell by a tenth.", "Details.", "Jane Doe",
                EDITOR, AT, correctionNote);
    }

    @Test
    void aLabelWithANumberIsNumeric() {
        assertThat(new RatingLabel("True", 5, "Accurate.", 1).isNumeric()).isTrue();
        assertThat(new RatingLabel("False", 1, "Inaccurate.", 5).isNumeric()).isTrue();
    }

    @Test
    void aLabelWithoutANumberIsNotNumeric() {
        assertThat(new RatingLabel("Misleading", null, "True but misleading.", 6).isNumeric()).isFalse();
    }

    @Test
    void aNumericLabelIsCopiedWithTheScaleBounds() {
        PublishedVerdict verdict = publish(new RatingLabel("Mostly false", 2, "Largely wrong.", 4), null);

        assertThat(verdict.ratingName).isEqualTo("Mostly false");
        assertThat(verdict.ratingValue).isEqualTo(2);
        assertThat(verdict.bestRating).isEqualTo(5);
        assertThat(verdict.worstRating).isEqualTo(1);
        assertThat(verdict.summary).isEqualTo("It fell by a tenth.");
        assertThat(verdict.authors).isEqualTo("Jane Doe");
        assertThat(verdict.approvedBy).isSameAs(EDITOR);
        assertThat(verdict.claim).isSameAs(CLAIM);
        assertThat(verdict.publishedAt).isEqualTo(AT);
    }

    @Test
    void aNonNumericLabelKeepsItsNameButDropsEveryNumber() {
        PublishedVerdict verdict = publish(new RatingLabel("Missing context", null, "Needs context.", 7), null);

        assertThat(verdict.ratingName).isEqualTo("Missing context");
        assertThat(verdict.ratingValue).isNull();
        assertThat(verdict.bestRating).isNull();
        assertThat(verdict.worstRating).isNull();
    }

    @Test
    void laterChangesToTheLabelLeaveThePublishedRatingAlone() {
        RatingLabel label = new RatingLabel("False", 1, "Inaccurate.", 5);
        PublishedVerdict verdict = publish(label, null);

        label.name = "Wrong";
        label.ratingValue = 0;

        assertThat(verdict.ratingName).isEqualTo("False");
        assertThat(verdict.ratingValue).isEqualTo(1);
    }

    @Test
    void onlyAVersionWithACorrectionNoteIsACorrection() {
        RatingLabel label = new RatingLabel("False", 1, "Inaccurate.", 5);

        assertThat(publish(label, null).isCorrection()).isFalse();
        assertThat(publish(label, "The figure was for 2022, not 2023.").isCorrection()).isTrue();
    }
}
