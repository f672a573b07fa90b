package org.factdesk.core.verdict;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of the rating scale. Numeric labels ("True" = 5 … "False" = 1) map to a schema.org
 * ratingValue; the others ("Misleading", "Missing context", "Unproven") have no number.
 */
@Entity
public class RatingLabel extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 64)
    public String name;

    /** The label's place on the numeric scale, or null for labels outside it. */
    public Integer ratingValue;

    /** What the label means, shown next to it when a reviewer rates. */
    @Column(nullable = false, length = 1000)
    public String definition;

    /** Order on the scale as shown to people. */
    @Column(nullable = false)
    public int position;

    /** Retired labels stay on old verdicts but cannot be chosen. */
    @Column(nullable = false)
    public boolean active = true;

    protected RatingLabel() {
    }

    public RatingLabel(String name, Integer ratingValue, String definition, int position) {
        this.name = name;
        this.ratingValue = ratingValue;
        this.definition = definition;
        this.position = position;
    }

    public void redefine(String newDefinition) {
        this.definition = newDefinition;
    }

    /** Takes the label off the scale for new verdicts; verdicts that carry it keep it. */
    public void retire() {
        this.active = false;
    }

    public void restore() {
        this.active = true;
    }

    public boolean isNumeric() {
        return ratingValue != null;
    }

    public static List<RatingLabel> scale() {
        return list("active = true order by position");
    }

    /** Every label ever on the scale, retired ones included, in scale order. */
    public static List<RatingLabel> withRetired() {
        return list("order by position, id");
    }

    /** A label by name whatever its case, retired or not: names stay unique across both. */
    public static Optional<RatingLabel> findByName(String name) {
        return find("lower(name) = lower(?1)", name.strip()).firstResultOptional();
    }

    /** The position after the last label, so a new label goes to the end of the scale. */
    public static int nextPosition() {
        Integer last = getEntityManager().createQuery("select max(r.position) from RatingLabel r", Integer.class)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }

    public static Optional<RatingLabel> findActiveByName(String name) {
        return find("lower(name) = lower(?1) and active = true", name.strip()).firstResultOptional();
    }

    /** The top of the numeric scale (schema.org bestRating), or null when no label has a number. */
    public static Integer bestValue() {
        return scale().stream().map(r -> r.ratingValue).filter(Objects::nonNull).max(Integer::compare).orElse(null);
    }

    /** The bottom of the numeric scale (schema.org worstRating). */
    public static Integer worstValue() {
        return scale().stream().map(r -> r.ratingValue).filter(Objects::nonNull).min(Integer::compare).orElse(null);
    }
}
