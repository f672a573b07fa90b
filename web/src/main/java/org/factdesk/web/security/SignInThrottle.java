package org.factdesk.web.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.factdesk.workflow.ConcurrentChanges;
import org.factdesk.workflow.PeopleAdministration;

/**
 * Slows password guessing: after {@link SignInSettings#maxFailures()} failed sign-ins for one name
 * within the window, that name is refused for a while, right password or not. Counted per name
 * rather than per address, because behind a load balancer every request may come from its address.
 * Names nobody has are counted the same way, so a lock tells nothing about who has an account.
 */
@ApplicationScoped
public class SignInThrottle {

    private final SignInSettings settings;
    private final Clock clock;

    SignInThrottle(SignInSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Refuses a locked name; otherwise tells whether failures are on record, for a success to forget. */
    public boolean requireNotLocked(String username) {
        String name = keyOf(username);
        if (name == null) {
            return false;
        }
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> FailedSignIns.of(name).map(record -> {
            if (record.isLockedAt(now)) {
                throw SignInThrottled.failure(Duration.between(now, record.lockedUntil));
            }
            return true;
        }).orElse(false));
    }

    /** One more failure for the name; the database decides between instances failing at the same moment. */
    public void failed(String username) {
        String name = keyOf(username);
        if (name == null) {
            return;
        }
        ConcurrentChanges.inOwnTransaction(() -> {
            Instant now = clock.instant();
            FailedSignIns record = FailedSignIns.lockedForUpdate(name).orElseGet(() -> {
                FailedSignIns first = new FailedSignIns(name, now);
                first.persist();
                return first;
            });
            record.countFailure(now, settings);
            FailedSignIns.forgetStale(now, settings.window());
            return record.failures;
        });
    }

    /** A successful sign-in forgets the name's failures. */
    public void succeeded(String username) {
        String name = keyOf(username);
        if (name != null) {
            QuarkusTransaction.requiringNew().run(() -> FailedSignIns.deleteById(name));
        }
    }

    public SignInSettings settings() {
        return settings;
    }

    /** Names longer than any username cannot sign in anyway and are not recorded. */
    private static String keyOf(String username) {
        if (username == null || username.isBlank() || username.strip().length() > PeopleAdministration.MAX_USERNAME_LENGTH) {
            return null;
        }
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
