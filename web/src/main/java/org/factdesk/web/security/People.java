package org.factdesk.web.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.factdesk.core.people.ApiToken.Scope;
import org.factdesk.core.people.ApiToken;
import org.factdesk.core.people.Person;
import org.factdesk.core.security.SecurityEvent.Kind;
import org.factdesk.core.security.SecurityLog;
import org.factdesk.core.security.Sessions;
import org.factdesk.workflow.intake.Submitter;

/**
 * Turns the desk's people and tokens into security identities. A person's username is the
 * principal and their role the role. A token acting for a person (review scope) is that person;
 * other tokens are "integration:NAME" with roles named after their scopes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class People {

    /** Roles of tokens: what an integration may do without being a person. */
    public static final String READ_SCOPE = "scope:read";
    public static final String SUBMIT_SCOPE = "scope:submit";

    private final Clock clock;
    private final Sessions sessions;
    private final SecurityLog log;

    People(Clock clock, Sessions sessions, SecurityLog log) {
        this.clock = clock;
        this.sessions = sessions;
        this.log = log;
    }

    /** The token's identity; its first use from an address other than the last one goes to the security log. */
    public Optional<SecurityIdentity> withToken(String secret, String address) {
        return ApiToken.findBySecret(secret).filter(t -> t.isUsableAt(clock.instant())).map(token -> {
            if (token.usedFrom(address)) {
                log.record(Kind.TOKEN_NEW_ADDRESS, token.name, null, address, "Token #" + token.id + " used from a new address.");
            }
            return identityOf(token);
        });
    }

    private static SecurityIdentity identityOf(ApiToken token) {
        Set<Scope> scopes = token.scopes();
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder();
        if (scopes.contains(Scope.REVIEW)) {
            // The person's role alone: a token acting for someone may do no more than they may themselves
            // (every call open to a scope is open to every role too, but not the other way round).
            return identity.setPrincipal(new QuarkusPrincipal(token.actsFor.username))
                    .addRole(token.actsFor.role.roleName())
                    .addAttribute("displayName", token.actsFor.displayName)
                    .build();
        }
        identity.setPrincipal(new QuarkusPrincipal(Submitter.INTEGRATION_PREFIX + token.name))
                .addAttribute("displayName", token.name);
        if (scopes.contains(Scope.READ)) {
            identity.addRole(READ_SCOPE);
        }
        if (scopes.contains(Scope.SUBMIT)) {
            identity.addRole(SUBMIT_SCOPE);
        }
        return identity.build();
    }

    /**
     * The person is read in a transaction of its own and the password checked after it: bcrypt is slow on
     * purpose, and a pooled connection held through it lets a burst of sign-ins starve every other request.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<SecurityIdentity> signIn(String username, String password) {
        if (username == null || username.length() > 64) {
            return Optional.empty();
        }
        Optional<Person> person = QuarkusTransaction.requiringNew().call(() -> Person.findActive(username));
        return person.filter(p -> p.hasPassword(password)).map(People::identityOf);
    }

    /** The person of a live desk session, if the session cookie names the same person. */
    public Optional<SecurityIdentity> resume(String sessionSecret, String username) {
        return sessions.resume(sessionSecret, username).map(People::identityOf);
    }

    private static SecurityIdentity identityOf(Person person) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(person.username))
                .addRole(person.role.roleName())
                .addAttribute("displayName", person.displayName)
                .build();
    }
}
