package org.factdesk.workflow.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.people.Person;

/** One thing that concerns one person, read or not yet; made from an event of the log. */
@Entity
public class Notification extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    /** The event that caused it. */
    @Column(nullable = false)
    public long eventSeq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public NotificationKind kind;

    /** The display name of who acted, as it was then. */
    @Column(nullable = false, length = 200)
    public String actorName;

    @Column(nullable = false)
    public Instant createdAt;

    /** Null while unread. */
    public Instant readAt;

    protected Notification() {
    }

    Notification(Person person, Claim claim, long eventSeq, NotificationKind kind, String actorName, Instant createdAt) {
        this.person = person;
        this.claim = claim;
        this.eventSeq = eventSeq;
        this.kind = kind;
        this.actorName = actorName;
        this.createdAt = createdAt;
    }

    public boolean unread() {
        return readAt == null;
    }

    public String sentence() {
        return kind.sentence(actorName, claim.id);
    }

    static long unreadFor(Person person) {
        return count("person = ?1 and readAt is null", person);
    }

    static List<Notification> latestFor(Person person, int limit) {
        return find("from Notification n join fetch n.claim where n.person = ?1 order by n.id desc", person)
                .page(0, limit).list();
    }
}
