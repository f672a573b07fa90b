package org.factdesk.core.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Optional;

/** The person or organisation who made a claim. */
@Entity
public class Claimant extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ClaimantKind kind;

    /** A line that tells readers who this is, e.g. "Foreign Minister of China". */
    @Column(length = 500)
    public String description;

    protected Claimant() {
    }

    public Claimant(String name, ClaimantKind kind, String description) {
        this.name = name;
        this.kind = kind;
        this.description = description;
    }

    public static Optional<Claimant> findByName(String name) {
        return find("lower(name) = lower(?1)", name.strip()).firstResultOptional();
    }

    /** The claimant of that name, created as a person when nobody of that name is known yet. */
    public static Claimant named(String name) {
        return named(name, ClaimantKind.PERSON);
    }

    /** The claimant of that name, created as the given kind when nobody of that name is known yet. */
    public static Claimant named(String name, ClaimantKind kindIfNew) {
        return findByName(name).orElseGet(() -> {
            Claimant claimant = new Claimant(name.strip(), kindIfNew, null);
            claimant.persist();
            return claimant;
        });
    }
}
