package org.factdesk.workflow.administration;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factdesk.core.Refusal;
import org.factdesk.core.people.Person;
import org.factdesk.core.people.Role;
import org.factdesk.core.security.DeskSession.Ending;
import org.factdesk.core.security.SecurityEvent.Kind;
import org.factdesk.core.security.SecurityLog;
import org.factdesk.core.security.Sessions;
import org.factdesk.workflow.Actors;
import org.factdesk.workflow.ConcurrentChanges;
import org.factdesk.workflow.Inputs;

/**
 * What admins do with people: add them, change their role, deactivate and reactivate them. Each
 * call is one transaction. The desk always keeps an active admin, and no admin locks themselves out.
 */
@ApplicationScoped
public class PeopleAdministration {

    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final int MAX_DISPLAY_NAME_LENGTH = 200;

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]*");

    private final Clock clock;
    private final Sessions sessions;
    private final SecurityLog log;

    PeopleAdministration(Clock clock, Sessions sessions, SecurityLog log) {
        this.clock = clock;
        this.sessions = sessions;
        this.log = log;
    }

    public Person add(NewPerson person, String adminUsername) {
        return ConcurrentChanges.inOwnTransaction(() -> {
            Administrators.require(adminUsername);
            String username = requireUsername(person.username());
            String displayName = Inputs.requireText(person.displayName(), "displayName",
                    "Give the person's name as colleagues know it.");
            if (displayName.length() > MAX_DISPLAY_NAME_LENGTH) {
                throw Refusal.invalid("displayName", "A name is at most " + MAX_DISPLAY_NAME_LENGTH + " characters.");
            }
            Role role = roleOf(person.role());
            requireGoodPassword(person.password());
            if (Person.findByUsername(username).isPresent()) {
                throw Refusal.invalid("username", "Someone is already called \"" + username + "\"; choose another username.");
            }
            Person added = new Person(username, displayName, role, person.password(), clock.instant());
            added.persist();
            adminAction(adminUsername, added, "Added " + username + " as " + role.roleName() + ".");
            return added;
        });
    }

    public Person changeRole(long personId, String role, String adminUsername) {
        return ConcurrentChanges.inOwnTransaction(() -> {
            List<Person> activeAdmins = Person.lockActiveAdmins();
            Administrators.require(adminUsername);
            Person person = personById(personId);
            Role next = roleOf(role);
            if (person.is(Role.ADMIN) && next != Role.ADMIN) {
                requireAnotherActiveAdmin(activeAdmins, person, "keep the admin role");
            }
            Role before = person.role;
            person.changeRole(next);
            if (before != next) {
                adminAction(adminUsername, person, "Changed " + person.username + "'s role from " + before.roleName()
                        + " to " + next.roleName() + ".");
                sessions.endAllOf(person, Ending.ROLE_CHANGED, adminUsername);
            }
            return person;
        });
    }

    public Person deactivate(long personId, String adminUsername) {
        return ConcurrentChanges.inOwnTransaction(() -> {
            List<Person> activeAdmins = Person.lockActiveAdmins();
            Person admin = Administrators.require(adminUsername);
            Person person = personById(personId);
            if (person.id.equals(admin.id)) {
                throw Refusal.forbidden("You cannot deactivate yourself; ask another admin.");
            }
            if (person.active && person.is(Role.ADMIN)) {
                requireAnotherActiveAdmin(activeAdmins, person, "stay active");
            }
            person.deactivate();
            adminAction(adminUsername, person, "Deactivated " + person.username + ".");
            sessions.endAllOf(person, Ending.DEACTIVATED, adminUsername);
            return person;
        });
    }

    public Person reactivate(long personId, String adminUsername) {
        return ConcurrentChanges.inOwnTransaction(() -> {
            Administrators.require(adminUsername);
            Person person = personById(personId);
            person.reactivate();
            adminAction(adminUsername, person, "Reactivated " + person.username + ".");
            return person;
        });
    }

    /** Ends every session of the person at once, on every instance: for a lost laptop or a stolen cookie. */
    public int signOutEverywhere(long personId, String adminUsername) {
        return ConcurrentChanges.inOwnTransaction(() -> {
            Administrators.require(adminUsername);
            Person person = personById(personId);
            adminAction(adminUsername, person, "Signed " + person.username + " out everywhere.");
            return sessions.endAllOf(person, Ending.SIGNED_OUT_EVERYWHERE, adminUsername);
        });
    }

    /**
     * A person changes their own password, giving the current one; every session they have ends, this
     * one included, so whoever else held one of them is out too.
     */
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        ConcurrentChanges.inOwnTransaction(() -> {
            Person person = Actors.active(username);
            if (currentPassword == null || !person.hasPassword(currentPassword)) {
                throw Refusal.invalid("currentPassword", "That is not your current password.");
            }
            requireGoodPassword(newPassword, "newPassword");
            if (newPassword.equals(currentPassword)) {
                throw Refusal.invalid("newPassword", "Choose a password other than the current one.");
            }
            person.changePassword(newPassword);
            log.record(Kind.PASSWORD_CHANGED, person.username, person.username, null, "Changed their own password.");
            sessions.endAllOf(person, Ending.PASSWORD_CHANGED, person.username);
            return person;
        });
    }

    private void adminAction(String adminUsername, Person subject, String what) {
        log.record(Kind.ADMIN_ACTION, subject.username, adminUsername, null, what);
    }

    /** The named role, refused with the choices when it is not one of them. */
    static Role roleOf(String name) {
        String wanted = Inputs.requireText(name, "role", "Choose a role: " + roleNames() + ".");
        return Arrays.stream(Role.values()).filter(r -> r.roleName().equals(wanted.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> Refusal.invalid("role", "\"" + wanted + "\" is not a role; choose " + roleNames() + "."));
    }

    static String requireUsername(String value) {
        String username = Inputs.requireText(value, "username", "Give a username to sign in with.");
        if (username.length() > Person.MAX_USERNAME_LENGTH || !USERNAME.matcher(username).matches()) {
            throw Refusal.invalid("username", "A username is a lower-case letter followed by lower-case letters, digits, "
                    + "dots, dashes or underscores, at most " + Person.MAX_USERNAME_LENGTH + " characters, e.g. \"jo.smith\".");
        }
        return username;
    }

    static void requireGoodPassword(String password) {
        requireGoodPassword(password, "password");
    }

    static void requireGoodPassword(String password, String field) {
        if (password == null || password.isBlank() || password.length() < MIN_PASSWORD_LENGTH) {
            throw Refusal.invalid(field, "A password has at least " + MIN_PASSWORD_LENGTH
                    + " characters; a few unrelated words make a good one.");
        }
    }

    private static void requireAnotherActiveAdmin(List<Person> activeAdmins, Person leaving, String what) {
        boolean anotherRemains = activeAdmins.stream().anyMatch(admin -> !admin.id.equals(leaving.id));
        if (!anotherRemains) {
            throw Refusal.conflict(leaving.username + " is the last active admin and must " + what
                    + "; make someone else an admin first.");
        }
    }

    private static Person personById(long personId) {
        Person person = Person.findById(personId);
        if (person == null) {
            throw Refusal.notFound("There is no person #" + personId + ".");
        }
        return person;
    }

    private static String roleNames() {
        return Arrays.stream(Role.values()).map(Role::roleName).collect(Collectors.joining(", "));
    }
}
