package org.factdesk.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Checks a bearer token on every request, so revocation and expiry take effect at once. */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final People people;
    private final ClientAddresses addresses;

    TokenIdentityProvider(People people, ClientAddresses addresses) {
        this.people = people;
        this.addresses = addresses;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String secret = request.getToken().getToken();
        String address = addresses.of(HttpSecurityUtils.getRoutingContextAttribute(request));
        return context.runBlocking(() -> people.withToken(secret, address).orElseThrow(AuthenticationFailedException::new));
    }
}
