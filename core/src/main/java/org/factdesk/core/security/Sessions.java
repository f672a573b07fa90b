package org.factdesk.core.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factdesk.core.people.Person;
import org.factdesk.core.security.DeskSession.Ending;
import org.factdesk.core.security.SecurityEvent.Kind;
import org.factdesk.core.settings.DeskSettings;

/**
 * Starts, checks and ends signed-in browser sessions. The check is one lookup by primary key that
 * brings the person along, so it replaces the per-request read of the person rather than adding one.
 */
@ApplicationScoped
public class Sessions {

    /** Dead sessions are kept this long after they end, then deleted as new sessions start. */
    private static final Duration KEEP_DEAD = Duration.ofDays(1);

    private final Clock clock;
    private final SecurityLog log;
    private final Duration absoluteLifetime;

    Sessions(Clock clock, SecurityLog log, DeskSettings settings) {
        this.clock = clock;
        this.log = log;
        this.absoluteLifetime = settings.sessions().absolute();
    }

    /** A new session for an active person who has just given the right password; empty if they are gone meanwhile. */
    public Optional<String> start(String username, String address) {
        return QuarkusTransaction.requiringNew().call(() -> Person.findActive(username).map(person -> {
            Instant now = clock.instant();
            DeskSession.Started started = DeskSession.start(person, now, address);
            started.session().persist();
            DeskSession.forgetDeadBefore(now.minus(absoluteLifetime).minus(KEEP_DEAD));
            log.record(Kind.SIGNED_IN, person.username, person.username, address, "Signed in with the sign-in form.");
            return started.secret();
        }));
    }

    /** The person whose live session the secret names, if it is the person the session cookie names. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<Person> resume(String secret, String username) {
        Instant now = clock.instant();
        return DeskSession.bySecret(secret)
                .filter(session -> session.person.username.equals(username))
                .filter(session -> session.isLiveAt(now, absoluteLifetime))
                .map(session -> session.person);
    }

    /** Ends the session the secret names, whoever's it is; a secret that names nothing changes nothing. */
    public void signOut(String secret, String address) {
        QuarkusTransaction.requiringNew().run(() -> DeskSession.bySecret(secret).filter(s -> s.endedAt == null)
                .ifPresent(session -> {
                    session.end(clock.instant(), Ending.SIGNED_OUT);
                    log.record(Kind.SIGNED_OUT, session.person.username, session.person.username, address, "Signed out.");
                }));
    }

    /** Ends every live session of the person at once, in the caller's transaction, and logs why and who. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int endAllOf(Person person, Ending why, String actor) {
        int ended = DeskSession.endAllOf(person, clock.instant(), why);
        log.record(Kind.SESSIONS_ENDED, person.username, actor, null,
                ended + " session" + (ended == 1 ? "" : "s") + " ended: " + why.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".");
        return ended;
    }

    /** The person's sessions that are still good, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeskSession> liveOf(Person person) {
        return DeskSession.liveOf(person, clock.instant(), absoluteLifetime);
    }
}
