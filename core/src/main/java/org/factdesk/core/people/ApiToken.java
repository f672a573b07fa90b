package org.factdesk.core.people;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A bearer token an admin issues to an integration. Only its SHA-256 hash is stored: the secret is
 * shown once, at issue. Tokens are long random strings, so a plain hash (unlike a password) cannot
 * be reversed by guessing, and it lets a request find its token in one indexed lookup.
 */
@Entity
public class ApiToken extends PanacheEntity {

    /** What a token may do. */
    public enum Scope {
        /** Read claims, events and fact-checks. */
        READ,
        /** Submit new claims. */
        SUBMIT,
        /** Act in review as the named person, with that person's role. */
        REVIEW;

        public String scopeName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Scope> named(String name) {
            return Arrays.stream(values()).filter(s -> s.scopeName().equalsIgnoreCase(name.strip())).findFirst();
        }
    }

    public static final String PREFIX = "fdk_";

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false, unique = true, length = 64)
    private String secretHash;

    /** Scope names, comma separated. */
    @Column(nullable = false, length = 100)
    private String scopes;

    /** The person a review-scoped token acts for. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "acts_for_id")
    public Person actsFor;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "issued_by_id")
    public Person issuedBy;

    @Column(nullable = false)
    public Instant issuedAt;

    @Column(nullable = false)
    public Instant expiresAt;

    public Instant revokedAt;

    /** The client address of the token's latest use from a new address, for the security log. */
    @Column(length = 64)
    public String lastUsedFrom;

    protected ApiToken() {
    }

    /** A new token and its secret; the secret exists only in the returned value. */
    public record Issued(ApiToken token, String secret) {
    }

    public static Issued issue(String name, Set<Scope> scopes, Person actsFor, Person issuedBy, Instant at,
            Instant expiresAt) {
        String secret = Secrets.random(PREFIX);
        ApiToken token = new ApiToken();
        token.name = name;
        token.secretHash = Secrets.hash(secret);
        token.scopes = scopes.stream().map(Scope::scopeName).sorted().collect(Collectors.joining(","));
        token.actsFor = actsFor;
        token.issuedBy = issuedBy;
        token.issuedAt = at;
        token.expiresAt = expiresAt;
        return new Issued(token, secret);
    }

    public Set<Scope> scopes() {
        return Arrays.stream(scopes.split(",")).map(Scope::named).flatMap(Optional::stream)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && (actsFor == null || actsFor.active);
    }

    /** Notes the address the token is used from; true when it differs from the last one noted. */
    public boolean usedFrom(String address) {
        if (address == null || address.equals(lastUsedFrom)) {
            return false;
        }
        lastUsedFrom = address;
        return true;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public static Optional<ApiToken> findBySecret(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return find("secretHash", Secrets.hash(secret)).firstResultOptional();
    }

    public static List<ApiToken> newestFirst() {
        return list("order by issuedAt desc, id desc");
    }
}
