package org.factdesk.core.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One line of the security log. Lines are only ever added: nothing in the desk updates or deletes them. */
@Entity
@Table(name = "security_event")
public class SecurityEvent extends PanacheEntityBase {

    /** What happened. */
    public enum Kind {
        SIGNED_IN, SIGN_IN_FAILED, SIGN_IN_LOCKED, NAME_UNDER_ATTACK, SIGNED_OUT, SESSIONS_ENDED, PASSWORD_CHANGED,
        TOKEN_NEW_ADDRESS, ADMIN_ACTION
    }

    public static final int MAX_DETAIL = 500;

    /** One number at a time from the database, so every instance's lines read in the order they were added. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_event_seq")
    @SequenceGenerator(name = "security_event_seq", sequenceName = "security_event_seq", allocationSize = 1)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Kind kind;

    @Column(nullable = false)
    public Instant at;

    /** Whom it concerns: the name typed at sign-in, the person, or the token's name. */
    @Column(length = 100)
    public String subject;

    /** Who did it, when that was somebody signed in (an admin, the person themselves). */
    @Column(length = 64)
    public String actor;

    /** The client address, when the event came with a request. */
    @Column(length = 64)
    public String address;

    @Column(nullable = false, length = MAX_DETAIL)
    public String detail;

    protected SecurityEvent() {
    }

    SecurityEvent(Kind kind, Instant at, String subject, String actor, String address, String detail) {
        this.kind = kind;
        this.at = at;
        this.subject = clip(subject, 100);
        this.actor = clip(actor, 64);
        this.address = clip(address, 64);
        this.detail = clip(detail, MAX_DETAIL);
    }

    /** Newest first; with {@code before}, only lines older than that id. */
    static List<SecurityEvent> newestFirst(Long before, Kind kind, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (before != null) {
            query.append(" and id < :before");
            parameters.put("before", before);
        }
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.put("kind", kind);
        }
        return find(query + " order by id desc", parameters).page(Page.ofSize(limit)).list();
    }

    private static String clip(String value, int length) {
        if (value == null) {
            return null;
        }
        return value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }
}
