package org.factdesk.core.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.factdesk.core.security.SecurityEvent.Kind;
import org.jboss.logging.Logger;

/**
 * The security log: sign-ins and their failures, locks, names under attack, sessions ended, tokens used
 * from a new address and what admins do. Kept in the database, append-only like the event log, so every
 * instance writes to one log that admins read on a page and through the API; each line also goes to the
 * application log.
 */
@ApplicationScoped
public class SecurityLog {

    private static final Logger LOG = Logger.getLogger("org.factdesk.security");

    public static final int MAX_PAGE = 200;

    private final Clock clock;

    SecurityLog(Clock clock) {
        this.clock = clock;
    }

    /** Adds a line in the caller's transaction, so it stands or falls with what it records. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Kind kind, String subject, String actor, String address, String detail) {
        new SecurityEvent(kind, clock.instant(), subject, actor, address, detail).persist();
        LOG.infof("%s subject=%s actor=%s address=%s: %s", kind, subject, actor, address, detail);
    }

    /** Adds a line in a transaction of its own: for what happens outside any change, such as a failed sign-in. */
    public void recordAlone(Kind kind, String subject, String actor, String address, String detail) {
        QuarkusTransaction.requiringNew().run(() -> record(kind, subject, actor, address, detail));
    }

    /** Names under attack within the last day, newest first: the admin page raises them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SecurityEvent> recentAlerts() {
        return SecurityEvent.list("kind = ?1 and at > ?2 order by id desc", Kind.NAME_UNDER_ATTACK,
                clock.instant().minus(Duration.ofDays(1)));
    }

    /** Newest first, {@code limit} at most {@link #MAX_PAGE}; {@code before} pages back, {@code kind} narrows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SecurityEvent> newestFirst(Long before, Kind kind, int limit) {
        return SecurityEvent.newestFirst(before, kind, Math.max(1, Math.min(limit, MAX_PAGE)));
    }
}
