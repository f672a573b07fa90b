package org.factdesk.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.factdesk.web.problem.NulCharacters;

/**
 * Checks a name and password (form login and HTTP Basic) against the desk's people, through the
 * sign-in throttle: a name with too many recent failures is refused before its password is looked at.
 */
@ApplicationScoped
public class PersonIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final People people;
    private final SignInThrottle throttle;

    PersonIdentityProvider(People people, SignInThrottle throttle) {
        this.people = people;
        this.throttle = throttle;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
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
        return context.runBlocking(() -> {
            boolean failedBefore = throttle.requireNotLocked(username);
            Optional<SecurityIdentity> identity = people.signIn(username, password);
            if (identity.isEmpty()) {
                throttle.failed(username);
                // One answer for a wrong name and a wrong password, so neither can be guessed apart.
                throw new AuthenticationFailedException();
            }
            if (failedBefore) {
                throttle.succeeded(username);
            }
            return identity.get();
        });
    }
}
