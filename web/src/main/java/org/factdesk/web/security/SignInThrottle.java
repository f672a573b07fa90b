package org.factdesk.web.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.factdesk.core.people.Person;
import org.factdesk.core.security.SecurityEvent.Kind;
import org.factdesk.core.security.SecurityLog;
import org.factdesk.workflow.ConcurrentChanges;

/**
 * Slows password guessing without handing anyone a way to lock a colleague out. After
 * {@link SignInSettings#maxFailures()} failures for one name from one address within the window, that
 * name is refused at that address for a while, right password or not; the same name from an address
 * that has not been failing signs in as usual. Failures for the name from every address together make
 * each further failure wait longer before it is answered (a right password never waits) and, past
 * {@link SignInSettings#alertAfter()}, alert the admins through the security log. Names nobody has are
 * counted the same way, so a lock tells nothing about who has an account.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Duration FIRST_DELAY = Duration.ofMillis(250);

    private final SignInSettings settings;
    private final Clock clock;
    private final SecurityLog log;

    SignInThrottle(SignInSettings settings, Clock clock, SecurityLog log) {
        this.settings = settings;
        this.clock = clock;
        this.log = log;
    }

    /** Refuses a name locked at this address; otherwise tells whether failures are on record, for a success to forget. */
    public boolean requireNotLocked(String username, String address) {
        String name = keyOf(username);
        if (name == null) {
            return false;
        }
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> FailedSignIns.of(name, address).map(record -> {
            if (record.isLockedAt(now)) {
                throw SignInThrottled.failure(Duration.between(now, record.lockedUntil));
            }
            return true;
        }).orElse(false));
    }

    /**
     * One more failure for the name at the address, logged; the database decides between instances failing
     * at the same moment. Answers how long to wait before saying so.
     */
    public Duration failed(String username, String address) {
        String name = keyOf(username);
        if (name == null) {
            return Duration.ZERO;
        }
        return ConcurrentChanges.inOwnTransaction(() -> {
            Instant now = clock.instant();
            FailedSignIns record = FailedSignIns.lockedForUpdate(name, address).orElseGet(() -> {
                FailedSignIns first = new FailedSignIns(name, address, now);
                first.persist();
                return first;
            });
            boolean lockedNow = record.countFailure(now, settings);
            FailedSignIns.forgetStale(now, settings.window());
            FailedSignIns.flush();
            long ofName = FailedSignIns.failuresOfName(name, now.minus(settings.window()));
            log.record(Kind.SIGN_IN_FAILED, name, null, address, "Wrong name or password (" + ofName + " for this name lately).");
            if (lockedNow) {
                log.record(Kind.SIGN_IN_LOCKED, name, null, address, "Locked at this address for "
                        + settings.lockFor().toMinutes() + " min after " + record.failures + " failures.");
            }
            if (ofName == settings.alertAfter()) {
                log.record(Kind.NAME_UNDER_ATTACK, name, null, address, ofName + " failed sign-ins for this name within "
                        + settings.window().toMinutes() + " min, from all addresses: someone may be guessing its password.");
            }
            return delayAfter(ofName);
        });
    }

    /** Nothing up to the lock's limit, then doubling from a quarter second up to the longest delay. */
    Duration delayAfter(long failuresOfName) {
        long beyond = failuresOfName - settings.maxFailures();
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(beyond - 1, 20));
        return delay.compareTo(settings.longestDelay()) > 0 ? settings.longestDelay() : delay;
    }

    /** A successful sign-in forgets the name's failures at that address. */
    public void succeeded(String username, String address) {
        String name = keyOf(username);
        if (name != null) {
            QuarkusTransaction.requiringNew().run(() -> FailedSignIns.deleteById(new FailedSignIns.Key(name, address)));
        }
    }

    public SignInSettings settings() {
        return settings;
    }

    /** Names longer than any username cannot sign in anyway and are not recorded. */
    private static String keyOf(String username) {
        if (username == null || username.isBlank() || username.strip().length() > Person.MAX_USERNAME_LENGTH) {
            return null;
        }
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
