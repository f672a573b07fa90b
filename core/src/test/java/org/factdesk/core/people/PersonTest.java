package org.factdesk.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PersonTest {

    private static final Instant CREATED = Instant.parse("2024-03-01T09:00:00Z");

    private static Person person(String password) {
        return new Person("jdoe", "Jane Doe", Role.REVIEWER, password, CREATED);
    }

    @Test
    void aPersonSignsInWithThePasswordTheyWereGiven() {
        assertThat(person("correct horse battery").hasPassword("correct horse battery")).isTrue();
    }

    @Test
    void aWrongPasswordFails() {
        Person person = person("correct horse battery");

        assertThat(person.hasPassword("correct horse battery ")).isFalse();
        assertThat(person.hasPassword("Correct horse battery")).isFalse();
        assertThat(person.hasPassword("")).isFalse();
        assertThat(person.hasPassword(null)).isFalse();
    }

    @Test
    void afterAChangeOnlyTheNewPasswordWorks() {
        Person person = person("old secret");

        person.changePassword("new secret");

        assertThat(person.hasPassword("new secret")).isTrue();
        assertThat(person.hasPassword("old secret")).isFalse();
    }

    @Test
    void passwordsWithAccentsAndSymbolsWork() {
        Person person = person("Pässwörd €42 ünïcödé");

        assertThat(person.hasPassword("Pässwörd €42 ünïcödé")).isTrue();
        assertThat(person.hasPassword("Passwort €42 ünïcödé")).isFalse();
    }

    @Test
    void aVeryLongPasswordIsAnsweredNotThrown() {
        Person person = person("x".repeat(100));

        assertThat(person.hasPassword("x".repeat(100))).isTrue();
        assertThat(person.hasPassword("y".repeat(300))).isFalse();
    }

    @Test
    void thePasswordIsStoredAsABcryptHashNotAsItself() {
        String hash = PasswordHasher.hash("s3cret");

        assertThat(hash).startsWith("$2").doesNotContain("s3cret");
        assertThat(PasswordHasher.hash("s3cret")).as("salted: a second hash differs").isNotEqualTo(hash);
        assertThat(PasswordHasher.matches("s3cret", hash)).isTrue();
        assertThat(PasswordHasher.matches("s3cret", null)).isFalse();
    }

    @Test
    void aPersonIsOnlyTheirOwnRole() {
        Person person = new Person("ed", "Ed Itor", Role.EDITOR, "pw", CREATED);

        assertThat(person.is(Role.EDITOR)).isTrue();
        assertThat(person.is(Role.REVIEWER)).isFalse();
        assertThat(person.is(Role.ADMIN)).isFalse();
        assertThat(person.active).isTrue();
        assertThat(person.username).isEqualTo("ed");
        assertThat(person.displayName).isEqualTo("Ed Itor");
    }

    @Test
    void roleNamesAreLowerCase() {
        assertThat(Role.REVIEWER.roleName()).isEqualTo(Role.REVIEWER_NAME).isEqualTo("reviewer");
        assertThat(Role.EDITOR.roleName()).isEqualTo(Role.EDITOR_NAME).isEqualTo("editor");
        assertThat(Role.ADMIN.roleName()).isEqualTo(Role.ADMIN_NAME).isEqualTo("admin");
    }
}
