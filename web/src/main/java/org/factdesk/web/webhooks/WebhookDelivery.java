package org.factdesk.web.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;

/**
 * One event to send to one webhook, kept until it is delivered or given up on. Written in the
 * same transaction as the event, so nothing acknowledged is lost, whichever instance sends it.
 */
@Entity
public class WebhookDelivery extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "webhook_id")
    public Webhook webhook;

    @Column(nullable = false)
    public long eventSeq;

    @Column(nullable = false, length = 32)
    public String action;

    @Column(nullable = false, length = 20000)
    public String payload;

    @Column(nullable = false)
    public int attempts;

    @Column(nullable = false)
    public Instant nextAttemptAt;

    /** While one instance sends it, others leave it alone until this time. */
    public Instant lockedUntil;

    public Integer lastStatus;

    @Column(length = 1000)
    public String lastError;

    public Instant deliveredAt;

    public Instant givenUpAt;

    @Column(nullable = false)
    public Instant createdAt;

    public boolean isPending() {
        return deliveredAt == null && givenUpAt == null;
    }

    public static List<WebhookDelivery> recentFor(Webhook webhook, int limit) {
        return find("webhook = ?1 order by id desc", webhook).page(0, limit).list();
    }

    /** Ids of deliveries due now, oldest first. */
    public static List<Long> dueIds(Instant now, int limit) {
        return find("select d.id from WebhookDelivery d where d.deliveredAt is null and d.givenUpAt is null "
                + "and d.nextAttemptAt <= ?1 and (d.lockedUntil is null or d.lockedUntil < ?1) order by d.id", now)
                .project(Long.class).page(0, limit).list();
    }
}
