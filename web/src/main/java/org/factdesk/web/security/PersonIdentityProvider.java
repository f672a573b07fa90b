package org.factdesk.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.factdesk.core.security.Sessions;
import org.factdesk.web.problem.NulCharacters;

/**
 * Checks a name and password (form login and HTTP Basic) against the desk's people, through the
 * sign-in throttle: a name with too many recent failures from this address is refused before its
 * password is looked at. A sign-in through the form starts a desk session.
 */
@ApplicationScoped
public class PersonIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final String SIGN_IN_FORM = "/j_security_check";

    private final People people;
    private final SignInThrottle throttle;
    private final ClientAddresses addresses;
    private final Sessions sessions;

    PersonIdentityProvider(People people, SignInThrottle throttle, ClientAddresses addresses, Sessions sessions) {
        this.people = people;
        this.throttle = throttle;
        this.addresses = addresses;
        this.sessions = sessions;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** A failed sign-in that is to be answered only after a while. */
    private static final class FailedAfter extends RuntimeException {
        final Duration delay;

        FailedAfter(Duration delay) {
            super(null, null, false, false);
            this.delay = delay;
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        if (NulCharacters.in(username) || NulCharacters.in(password)) {
            // Nobody's name or password holds U+0000, and the database cannot even look it up: a plain failure.
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = addresses.of(http);
        return context.runBlocking(() -> attempt(username, password, address, http))
                // A failure waits, off the worker threads, so guessing one name from many addresses slows down.
                .onFailure(FailedAfter.class).recoverWithUni(failed -> Uni.createFrom().<SecurityIdentity>nullItem().onItem()
                        .delayIt().by(((FailedAfter) failed).delay)
                        .onItem().failWith(() -> new AuthenticationFailedException()));
    }

    private SecurityIdentity attempt(String username, String password, String address, RoutingContext http) {
        boolean failedBefore = throttle.requireNotLocked(username, address);
        Optional<SecurityIdentity> identity = people.signIn(username, password);
        if (identity.isEmpty()) {
            // One answer for a wrong name and a wrong password, so neither can be guessed apart.
            Duration delay = throttle.failed(username, address);
            throw delay.isZero() ? new AuthenticationFailedException() : new FailedAfter(delay);
        }
        if (failedBefore) {
            throttle.succeeded(username, address);
        }
        if (http != null && http.normalizedPath().endsWith(SIGN_IN_FORM)) {
            String secret = sessions.start(identity.get().getPrincipal().getName(), address)
                    .orElseThrow(AuthenticationFailedException::new);
            DeskSessionCookie.set(http, secret);
        }
        return identity.get();
    }
}
