package org.factdesk.core.people;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Somebody who signs in: a reviewer, an editor or an admin. */
@Entity
public class Person extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 64)
    /** The longest username a person can be given (and the longest worth looking up). */
    public static final int MAX_USERNAME_LENGTH = 64;

    public String username;

    @Column(nullable = false, length = 200)
    public String displayName;

    @Column(nullable = false, length = 100)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Role role;

    /** Deactivated people keep their history but can no longer sign in. */
    @Column(nullable = false)
    public boolean active = true;

    @Column(nullable = false)
    public Instant createdAt;

    protected Person() {
    }

    public Person(String username, String displayName, Role role, String password, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.createdAt = createdAt;
        changePassword(password);
    }

    public void changePassword(String password) {
        this.passwordHash = PasswordHasher.hash(password);
    }

    public boolean hasPassword(String password) {
        return PasswordHasher.matches(password, passwordHash);
    }

    public void changeRole(Role next) {
        this.role = next;
    }

    /** Stops the person signing in; their history and the claims they worked on stay as they were. */
    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public boolean is(Role wanted) {
        return role == wanted;
    }

    public static Optional<Person> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static Optional<Person> findActive(String username) {
        return find("username = ?1 and active = true", username).firstResultOptional();
    }

    public static List<Person> withRole(Role role) {
        return list("role = ?1 and active = true order by username", role);
    }

    /** Everyone who has an account, active or not. */
    public static List<Person> everyone() {
        return list("order by username");
    }

    /**
     * The active admins, locked until the transaction ends: two admins removing each other at the
     * same moment then take turns, so the second sees the first one's change.
     */
    public static List<Person> lockActiveAdmins() {
        return find("role = ?1 and active = true order by id", Role.ADMIN).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
