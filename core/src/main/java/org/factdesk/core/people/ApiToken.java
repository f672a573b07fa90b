package org.factdesk.core.people;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
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

    private static final SecureRandom RANDOM = new SecureRandom();
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

    protected ApiToken() {
    }

    /** A new token and its secret; the secret exists only in the returned value. */
    public record Issued(ApiToken token, String secret) {
    }

    public static Issued issue(String name, Set<Scope> scopes, Person actsFor, Person issuedBy, Instant at,
            Instant expiresAt) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = new ApiToken();
        token.name = name;
        token.secretHash = hash(secret);
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

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public static Optional<ApiToken> findBySecret(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return find("secretHash", hash(secret)).firstResultOptional();
    }

    public static List<ApiToken> newestFirst() {
        return list("order by issuedAt desc, id desc");
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
