package org.factdesk.workflow.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factdesk.core.Refusal;
import org.factdesk.core.people.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks on what an admin types; the rules that need the database are tested through the admin page. */
class PeopleAdministrationTest {

    @ParameterizedTest(name = "\"{0}\" is the role {1}")
    @CsvSource({"reviewer, REVIEWER", "Editor, EDITOR", "' admin ', ADMIN"})
    void rolesAreKnownByTheirNamesInAnyCase(String name, Role role) {
        assertThat(PeopleAdministration.roleOf(name)).isEqualTo(role);
    }

    @Test
    void anUnknownRoleIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> PeopleAdministration.roleOf("owner"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
                    assertThat(refusal.field()).contains("role");
                })
                .hasMessageContaining("reviewer, editor, admin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jo", "jo.smith", "j-smith_2", "  padded  "})
    void usernamesAreLowerCaseLettersDigitsDotsDashesAndUnderscores(String username) {
        assertThat(PeopleAdministration.requireUsername(username)).isEqualTo(username.strip());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Jo", "jo smith", "2jo", ".jo", "jö", "jo@example.org"})
    void otherUsernamesAreRefused(String username) {
        assertThatThrownBy(() -> PeopleAdministration.requireUsername(username))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).contains("username"));
    }

    @Test
    void aUsernameLongerThanSixtyFourCharactersIsRefused() {
        assertThatThrownBy(() -> PeopleAdministration.requireUsername("j".repeat(65))).isInstanceOf(Refusal.class);
        assertThat(PeopleAdministration.requireUsername("j".repeat(64))).hasSize(64);
    }

    @Test
    void aPasswordOfTenCharactersIsLongEnough() {
        PeopleAdministration.requireGoodPassword("ten-chars!");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"nine-char", "          "})
    void shorterOrBlankPasswordsAreRefused(String password) {
        assertThatThrownBy(() -> PeopleAdministration.requireGoodPassword(password))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).contains("password"))
                .hasMessageContaining("at least 10 characters");
    }
}
