package org.factdesk.core.source;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.people.Person;

/**
 * Evidence cited for a claim. It keeps everything a reader needs to repeat the check:
 * where it is, who published it, when it was read and what it says.
 */
@Entity
public class Source extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @Column(nullable = false, length = 2000)
    public String url;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(length = 200)
    public String publisher;

    public LocalDate publishedOn;

    @Column(nullable = false)
    public LocalDate accessedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Stance stance;

    @Column(length = 4000)
    public String quote;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cited_by_id")
    public Person citedBy;

    @Column(nullable = false)
    public Instant citedAt;

    protected Source() {
    }

    public Source(Claim claim, String url, String title, String publisher, LocalDate publishedOn,
            LocalDate accessedOn, Stance stance, String quote, Person citedBy, Instant citedAt) {
        this.claim = claim;
        this.url = url;
        this.title = title;
        this.publisher = publisher;
        this.publishedOn = publishedOn;
        this.accessedOn = accessedOn;
        this.stance = stance;
        this.quote = quote;
        this.citedBy = citedBy;
        this.citedAt = citedAt;
    }

    public static List<Source> citedFor(Claim claim) {
        return list("claim = ?1 order by id", claim);
    }

    public static long countCitedFor(Claim claim) {
        return count("claim", claim);
    }
}
