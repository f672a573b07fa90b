package org.factdesk.bench;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Factdesk's claim table, mapped with only what the baseline pages show. */
@Entity
@Table(name = "claim")
public class BareClaim extends PanacheEntityBase {

    @Id
    public Long id;

    public String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "claimant_id")
    public BareClaimant claimant;

    public String state;

    public String priority;

    public int priorityRank;

    public LocalDate dueDate;

    public Double checkWorthiness;

    public Instant createdAt;

    /** Read for a page of claims in one batch (quarkus.hibernate-orm.fetch.batch-size), as any Panache app would. */
    @ElementCollection
    @CollectionTable(name = "claim_tag", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "tag")
    @OrderBy
    public List<String> tags;

    public Instant updatedAt;

    @Version
    public long version;

    /** The same 50 rows, in the same order, as the first page of Factdesk's queue. */
    public static List<BareClaim> queuePage() {
        return find("from BareClaim c join fetch c.claimant where c.state = 'READY' order by c.priorityRank, c.dueDate nulls last, c.id")
                .page(0, 50).list();
    }

    /** The same 50 rows as the first page of Factdesk's claim list. */
    public static List<BareClaim> firstPage() {
        return find("from BareClaim c join fetch c.claimant order by c.id").page(0, 50).list();
    }
}
