package org.factdesk.core.people;

import org.factdesk.core.security.SecurityEvent.Kind;
import org.factdesk.core.security.SecurityLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.factdesk.core.Refusal;
import org.factdesk.core.people.ApiToken.Scope;

/** Admins issue and revoke integration tokens here; each answer is one transaction. */
@ApplicationScoped
@Transactional
public class TokenIssuer {

    /** Tokens expire; a year is the longest an admin may choose. */
    public static final Duration LONGEST_LIFE = Duration.ofDays(366);

    private final Clock clock;
    private final SecurityLog log;

    TokenIssuer(Clock clock, SecurityLog log) {
        this.clock = clock;
        this.log = log;
    }

    /** What an admin asks for; {@code actsFor} names the person a review-scoped token acts as. */
    public record Request(String name, List<String> scopes, Instant expiresAt, String actsFor) {
    }

    public ApiToken.Issued issue(Request request, String adminUsername) {
        Person admin = Person.findActive(adminUsername).filter(p -> p.is(Role.ADMIN))
                .orElseThrow(() -> Refusal.forbidden("Only an active admin can issue tokens."));
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw Refusal.invalid("name", "Name the token (up to 100 characters), e.g. after the integration that uses it.");
        }
        Set<Scope> scopes = scopesOf(request.scopes());
        Instant now = clock.instant();
        if (request.expiresAt() == null || !request.expiresAt().isAfter(now)) {
            throw Refusal.invalid("expiresAt", "Give an expiry in the future, e.g. 2027-06-30T00:00:00Z.");
        }
        if (request.expiresAt().isAfter(now.plus(LONGEST_LIFE))) {
            throw Refusal.invalid("expiresAt", "A token lives at most a year; choose an earlier expiry.");
        }
        Person actsFor = null;
        if (scopes.contains(Scope.REVIEW)) {
            String username = request.actsFor() == null ? "" : request.actsFor().strip();
            actsFor = Person.findActive(username).filter(p -> !p.is(Role.ADMIN)).orElseThrow(() -> Refusal.invalid("actsFor",
                    "A review token acts for an active reviewer or editor: name them in actsFor."));
        } else if (request.actsFor() != null && !request.actsFor().isBlank()) {
            throw Refusal.invalid("actsFor", "Only a token with the review scope acts for a person.");
        }
        ApiToken.Issued issued = ApiToken.issue(name, scopes, actsFor, admin, now, request.expiresAt());
        issued.token().persist();
        log.record(Kind.ADMIN_ACTION, name, admin.username, null, "Issued the token #" + issued.token().id + " \"" + name
                + "\" (" + String.join(", ", scopes.stream().map(Scope::scopeName).toList()) + ").");
        return issued;
    }

    public void revoke(long id, String adminUsername) {
        ApiToken token = ApiToken.findById(id);
        if (token == null) {
            throw Refusal.notFound("There is no token #" + id + ".");
        }
        if (token.revokedAt == null) {
            log.record(Kind.ADMIN_ACTION, token.name, adminUsername, null, "Revoked the token #" + id + " \"" + token.name + "\".");
        }
        token.revoke(clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiToken> all() {
        return ApiToken.newestFirst();
    }

    private static Set<Scope> scopesOf(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw Refusal.invalid("scopes", "Choose at least one scope: read, submit or review.");
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String name : names) {
            scopes.add(Scope.named(name == null ? "" : name).orElseThrow(() -> Refusal.invalid("scopes",
                    "\"" + name + "\" is not a scope; use read, submit or review.")));
        }
        return scopes;
    }
}
