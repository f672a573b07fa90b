package org.factdesk.web.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.factdesk.core.people.Person;

/** Turns the desk's people into security identities: the username is the principal, the role the role. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class People {

    public Optional<SecurityIdentity> signIn(String username, String password) {
        if (username == null || username.length() > 64) {
            return Optional.empty();
        }
        return Person.findActive(username).filter(p -> p.hasPassword(password)).map(People::identityOf);
    }

    public Optional<SecurityIdentity> resume(String username) {
        return Person.findActive(username).map(People::identityOf);
    }

    private static SecurityIdentity identityOf(Person person) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(person.username))
                .addRole(person.role.roleName())
                .addAttribute("displayName", person.displayName)
                .build();
    }
}
