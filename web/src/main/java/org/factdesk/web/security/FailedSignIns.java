package org.factdesk.web.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The failed sign-ins for one name from one client address, in the database so that every instance
 * behind the load balancer counts the same failures and honours the same lock. A successful sign-in
 * from that address deletes it.
 */
@Entity
@Table(name = "failed_sign_in")
@IdClass(FailedSignIns.Key.class)
public class FailedSignIns extends PanacheEntityBase {

    /** The name as typed, in lower case, whether or not anyone has it. */
    @Id
    public String username;

    /** The client address the failures came from. */
    @Id
    public String address;

    public int failures;

    public Instant firstFailureAt;

    public Instant lockedUntil;

    protected FailedSignIns() {
    }

    FailedSignIns(String username, String address, Instant at) {
        this.username = username;
        this.address = address;
        this.failures = 0;
        this.firstFailureAt = at;
    }

    static Optional<FailedSignIns> of(String username, String address) {
        return findByIdOptional(new Key(username, address));
    }

    static Optional<FailedSignIns> lockedForUpdate(String username, String address) {
        return findByIdOptional(new Key(username, address), LockModeType.PESSIMISTIC_WRITE);
    }

    /** The name's failures within the window from every address together. */
    static long failuresOfName(String username, Instant since) {
        Number sum = getEntityManager()
                .createQuery("select coalesce(sum(f.failures), 0) from FailedSignIns f where f.username = ?1 and f.firstFailureAt >= ?2",
                        Number.class)
                .setParameter(1, username).setParameter(2, since).getSingleResult();
        return sum.longValue();
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts one more failure, starting the count afresh once the window has passed; locks at the limit. */
    boolean countFailure(Instant now, SignInSettings settings) {
        if (now.isAfter(firstFailureAt.plus(settings.window()))) {
            failures = 0;
            firstFailureAt = now;
        }
        failures++;
        if (failures >= settings.maxFailures() && !isLockedAt(now)) {
            lockedUntil = now.plus(settings.lockFor());
            return true;
        }
        return false;
    }

    /** Records that have nothing left to say: out of the window and not locked. */
    static long forgetStale(Instant now, Duration window) {
        return delete("firstFailureAt < ?1 and (lockedUntil is null or lockedUntil < ?2)", now.minus(window), now);
    }

    /** The primary key: a name and an address. */
    public static class Key implements Serializable {
        public String username;
        public String address;

        public Key() {
        }

        Key(String username, String address) {
            this.username = username;
            this.address = address;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.username.equals(username) && key.address.equals(address);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, address);
        }
    }
}
