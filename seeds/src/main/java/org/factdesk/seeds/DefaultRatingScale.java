package org.factdesk.seeds;

import java.util.List;
import org.factdesk.core.verdict.RatingLabel;

/** The rating scale a new desk starts with; admins can change it afterwards. */
final class DefaultRatingScale {

    private DefaultRatingScale() {
    }

    static List<RatingLabel> labels() {
        return List.of(
                new RatingLabel("True", 5, "The claim is accurate and nothing significant is missing.", 1),
                new RatingLabel("Mostly true", 4, "The claim is accurate but needs clarification or additional information.", 2),
                new RatingLabel("Half true", 3, "The claim is partly accurate but leaves out important details or takes things out of context.", 3),
                new RatingLabel("Mostly false", 2, "The claim has an element of truth but ignores facts that would give a different impression.", 4),
                new RatingLabel("False", 1, "The claim is not accurate.", 5),
                new RatingLabel("Misleading", null, "The claim uses accurate facts in a way that gives a false impression.", 6),
                new RatingLabel("Missing context", null, "The claim may mislead without context that it leaves out.", 7),
                new RatingLabel("Unproven", null, "The evidence available neither proves nor disproves the claim.", 8));
    }
}
