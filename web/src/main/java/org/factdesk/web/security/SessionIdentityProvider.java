package org.factdesk.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Restores the person behind a signed-in browser on each request from its desk session, so sign-out,
 * a password or role change, deactivation and "sign out everywhere" take effect at once on every
 * instance rather than when the session cookie expires.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final People people;

    SessionIdentityProvider(People people) {
        this.people = people;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        String secret = DeskSessionCookie.in(HttpSecurityUtils.getRoutingContextAttribute(request));
        if (secret == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return context.runBlocking(() -> people.resume(secret, request.getPrincipal())
                .orElseThrow(AuthenticationFailedException::new));
    }
}
