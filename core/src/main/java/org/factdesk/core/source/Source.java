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

    /** A copy kept by an archive (the Wayback Machine, archive.today), for when the page changes or goes. */
    @Column(length = 2000)
    public String archiveUrl;

    /**
     * A removed source is no longer cited, but its row stays so the history and the published
     * versions keep what was there; a corrected source is removed and cited anew, for the same reason.
     */
    public Instant removedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "removed_by_id")
    public Person removedBy;

    protected Source() {
    }

    public Source(Claim claim, String url, String title, String publisher, LocalDate publishedOn,
            LocalDate accessedOn, Stance stance, String quote, String archiveUrl, Person citedBy, Instant citedAt) {
        this.claim = claim;
        this.citedBy = citedBy;
        this.citedAt = citedAt;
        this.url = url;
        this.title = title;
        this.publisher = publisher;
        this.publishedOn = publishedOn;
        this.accessedOn = accessedOn;
        this.stance = stance;
        this.quote = quote;
        this.archiveUrl = archiveUrl;
    }

    public void remove(Person remover, Instant at) {
        this.removedBy = remover;
        this.removedAt = at;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    /** The sources a claim cites now, in the order they were cited; removed ones are left out. */
    public static List<Source> citedFor(Claim claim) {
        return list("claim = ?1 and removedAt is null order by id", claim);
    }

    /**
     * The sources a claim cited at one moment, such as when its latest version was published: a
     * correction's new, changed or removed sources reach readers only once it is approved.
     */
    public static List<Source> citedAsOf(Claim claim, Instant at) {
        return list("claim = ?1 and citedAt <= ?2 and (removedAt is null or removedAt > ?2) order by id", claim, at);
    }

    public static long countCitedFor(Claim claim) {
        return count("claim = ?1 and removedAt is null", claim);
    }
}
