package org.factdesk.core.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factdesk.core.people.Person;
import org.factdesk.core.people.Secrets;

/**
 * One signed-in browser: started by the sign-in form, named by a secret cookie of its own beside the
 * session cookie, and checked on every request. Ending it here ends it on every instance at once, so
 * a copy of the cookies taken before sign-out opens nothing afterwards. Only the secret's hash is kept.
 */
@Entity
@Table(name = "desk_session")
public class DeskSession extends PanacheEntityBase {

    public static final String SECRET_PREFIX = "fds_";

    /** Why a session ended. */
    public enum Ending {
        SIGNED_OUT, PASSWORD_CHANGED, ROLE_CHANGED, DEACTIVATED, SIGNED_OUT_EVERYWHERE
    }

    @Id
    @Column(length = 64)
    public String secretHash;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "person_id")
    public Person person;

    @Column(nullable = false)
    public Instant signedInAt;

    /** The client address it was started from. */
    @Column(length = 64)
    public String startedFrom;

    public Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    public Ending ending;

    protected DeskSession() {
    }

    /** A new session and its secret; the secret exists only in the returned value and the browser's cookie. */
    public record Started(DeskSession session, String secret) {
    }

    static Started start(Person person, Instant at, String address) {
        String secret = Secrets.random(SECRET_PREFIX);
        DeskSession session = new DeskSession();
        session.secretHash = Secrets.hash(secret);
        session.person = person;
        session.signedInAt = at;
        session.startedFrom = address;
        return new Started(session, secret);
    }

    static Optional<DeskSession> bySecret(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return findByIdOptional(Secrets.hash(secret));
    }

    /** Not ended, not older than the absolute lifetime, and its person still active. */
    public boolean isLiveAt(Instant now, Duration absoluteLifetime) {
        return endedAt == null && now.isBefore(signedInAt.plus(absoluteLifetime)) && person.active;
    }

    void end(Instant at, Ending why) {
        if (endedAt == null) {
            endedAt = at;
            ending = why;
        }
    }

    /** Ends every live session of the person; answers how many there were. */
    static int endAllOf(Person person, Instant at, Ending why) {
        return update("endedAt = ?1, ending = ?2 where person = ?3 and endedAt is null", at, why, person);
    }

    static List<DeskSession> liveOf(Person person, Instant now, Duration absoluteLifetime) {
        return list("person = ?1 and endedAt is null and signedInAt > ?2 order by signedInAt desc",
                person, now.minus(absoluteLifetime));
    }

    /** Sessions that can never be used again take no room: ended or past their lifetime, a day later. */
    static long forgetDeadBefore(Instant cutoff) {
        return delete("(endedAt is not null and endedAt < ?1) or signedInAt < ?1", cutoff);
    }
}
