package org.factdesk.workflow.administration;

import jakarta.enterprise.context.ApplicationScoped;
import org.factdesk.core.Refusal;
import org.factdesk.core.security.SecurityEvent.Kind;
import org.factdesk.core.security.SecurityLog;
import org.factdesk.core.verdict.RatingLabel;
import org.factdesk.workflow.ConcurrentChanges;
import org.factdesk.workflow.Inputs;

/**
 * What admins do with the rating scale: add labels, reword definitions, retire and restore labels.
 * Each call is one transaction. Published fact-checks copied their rating when they were published,
 * so nothing here changes what readers already saw.
 */
@ApplicationScoped
public class RatingScaleAdministration {

    public static final int MAX_NAME_LENGTH = 64;
    public static final int MAX_DEFINITION_LENGTH = 1000;
    /** The numeric scale runs from False (1) to True (5). */
    public static final int LOWEST_VALUE = 1;
    public static final int HIGHEST_VALUE = 5;

    private final SecurityLog log;

    RatingScaleAdministration(SecurityLog log) {
        this.log = log;
    }

    public RatingLabel add(NewRatingLabel label, String adminUsername) {
        return ConcurrentChanges.inOwnTransaction(() -> {
            Administrators.require(adminUsername);
            String name = Inputs.requireText(label.name(), "name", "Give the label's name, e.g. \"Exaggerated\".");
            if (name.length() > MAX_NAME_LENGTH) {
                throw Refusal.invalid("name", "A label's name is at most " + MAX_NAME_LENGTH + " characters.");
            }
            Integer value = label.ratingValue();
            if (value != null && (value < LOWEST_VALUE || value > HIGHEST_VALUE)) {
                throw Refusal.invalid("ratingValue", "A label's number is from " + LOWEST_VALUE + " (false) to "
                        + HIGHEST_VALUE + " (true); leave it empty for a label outside the numeric scale.");
            }
            String definition = requireDefinition(label.definition());
            RatingLabel.findByName(name).ifPresent(existing -> {
                throw Refusal.invalid("name", existing.active
                        ? "\"" + existing.name + "\" is already on the scale."
                        : "\"" + existing.name + "\" is a retired label; restore it rather than adding it again.");
            });
            RatingLabel added = new RatingLabel(name, value, definition, RatingLabel.nextPosition());
            added.persist();
            log.record(Kind.ADMIN_ACTION, null, adminUsername, null, "Added the rating label \"" + added.name + "\".");
            return added;
        });
    }

    public RatingLabel redefine(long labelId, String definition, String adminUsername) {
        return ConcurrentChanges.inOwnTransaction(() -> {
            Administrators.require(adminUsername);
            RatingLabel label = labelById(labelId);
            label.redefine(requireDefinition(definition));
            log.record(Kind.ADMIN_ACTION, null, adminUsername, null, "Reworded the definition of \"" + label.name + "\".");
            return label;
        });
    }

    public RatingLabel retire(long labelId, String adminUsername) {
        return ConcurrentChanges.inOwnTransaction(() -> {
            Administrators.require(adminUsername);
            RatingLabel label = labelById(labelId);
            if (label.active && RatingLabel.scale().size() == 1) {
                throw Refusal.conflict("\"" + label.name + "\" is the last label on the scale; reviewers need at least one.");
            }
            label.retire();
            log.record(Kind.ADMIN_ACTION, null, adminUsername, null, "Retired the rating label \"" + label.name + "\".");
            return label;
        });
    }

    public RatingLabel restore(long labelId, String adminUsername) {
        return ConcurrentChanges.inOwnTransaction(() -> {
            Administrators.require(adminUsername);
            RatingLabel label = labelById(labelId);
            label.restore();
            log.record(Kind.ADMIN_ACTION, null, adminUsername, null, "Restored the rating label \"" + label.name + "\".");
            return label;
        });
    }

    private static String requireDefinition(String value) {
        String definition = Inputs.requireText(value, "definition",
                "Say what the label means; reviewers read it when they rate.");
        if (definition.length() > MAX_DEFINITION_LENGTH) {
            throw Refusal.invalid("definition", "A definition is at most " + MAX_DEFINITION_LENGTH + " characters.");
        }
        return definition;
    }

    private static RatingLabel labelById(long labelId) {
        RatingLabel label = RatingLabel.findById(labelId);
        if (label == null) {
            throw Refusal.notFound("There is no rating label #" + labelId + ".");
        }
        return label;
    }
}
