package org.factdesk.web.security;

import io.quarkus.security.AuthenticationFailedException;
import java.time.Duration;
import java.util.Optional;

/**
 * Why a sign-in failed when its name had too many recent failures: carried as the cause of the
 * usual authentication failure, so Quarkus treats it as one, and refused alike whether or not
 * anyone has that name.
 */
public class SignInThrottled extends RuntimeException {

    private final Duration retryAfter;

    private SignInThrottled(Duration retryAfter) {
        super("Too many failed sign-ins with this name", null, false, false);
        this.retryAfter = retryAfter;
    }

    static AuthenticationFailedException failure(Duration retryAfter) {
        return new AuthenticationFailedException(new SignInThrottled(retryAfter));
    }

    /** The throttle behind an authentication failure, when it was one. */
    public static Optional<SignInThrottled> behind(AuthenticationFailedException failure) {
        return failure.getCause() instanceof SignInThrottled throttled ? Optional.of(throttled) : Optional.empty();
    }

    /** Whole seconds until the name is heard again, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
