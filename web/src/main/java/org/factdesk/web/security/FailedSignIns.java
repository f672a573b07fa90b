package org.factdesk.web.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The failed sign-ins for one name, in the database so that every instance behind the load
 * balancer counts the same failures and honours the same lock. A successful sign-in deletes it.
 */
@Entity
@Table(name = "failed_sign_in")
public class FailedSignIns extends PanacheEntityBase {

    /** The name as typed, in lower case, whether or not anyone has it. */
    @Id
    public String username;

    public int failures;

    public Instant firstFailureAt;

    public Instant lockedUntil;

    protected FailedSignIns() {
    }

    FailedSignIns(String username, Instant at) {
        this.username = username;
        this.failures = 0;
        this.firstFailureAt = at;
    }

    static Optional<FailedSignIns> of(String username) {
        return findByIdOptional(username);
    }

    static Optional<FailedSignIns> lockedForUpdate(String username) {
        return findByIdOptional(username, LockModeType.PESSIMISTIC_WRITE);
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts one more failure, starting the count afresh once the window has passed; locks at the limit. */
    void countFailure(Instant now, SignInSettings settings) {
        if (now.isAfter(firstFailureAt.plus(settings.window()))) {
            failures = 0;
            firstFailureAt = now;
        }
        failures++;
        if (failures >= settings.maxFailures()) {
            lockedUntil = now.plus(settings.lockFor());
        }
    }

    /** Records that have nothing left to say: out of the window and not locked. */
    static long forgetStale(Instant now, Duration window) {
        return delete("firstFailureAt < ?1 and (lockedUntil is null or lockedUntil < ?2)", now.minus(window), now);
    }
}
