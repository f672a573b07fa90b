package org.factdesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.factdesk.core.people.Person;
import org.factdesk.core.people.Role;
import org.factdesk.web.support.DemoOff;
import org.factdesk.web.support.PageSession;
import org.junit.jupiter.api.Test;

/** On a desk with a single admin (demo mode off), that admin cannot give the role up. */
@QuarkusTest
@TestProfile(DemoOff.class)
class LastAdminTest {

    @Test
    void theLastActiveAdminCannotGiveUpTheAdminRole() {
        PageSession admin = PageSession.signIn("admin", DemoOff.ADMIN_PASSWORD);
        long id = adminPerson().id;

        assertThat(admin.redirectAfter("/admin", "/admin/people/" + id + "/role", Map.of("role", "editor", "back", "/admin")))
                .isEqualTo("/admin");

        assertThat(admin.page("/admin")).contains("admin is the last active admin");
        assertThat(adminPerson().role).isEqualTo(Role.ADMIN);
    }

    private static Person adminPerson() {
        return QuarkusTransaction.requiringNew().call(() -> Person.findByUsername("admin")).orElseThrow();
    }
}
