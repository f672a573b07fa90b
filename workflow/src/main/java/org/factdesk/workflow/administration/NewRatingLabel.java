package org.factdesk.workflow.administration;

/** A label an admin adds to the rating scale; the number is empty for labels outside the numeric scale. */
public record NewRatingLabel(String name, Integer ratingValue, String definition) {
}
