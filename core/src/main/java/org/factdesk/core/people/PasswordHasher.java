package org.factdesk.core.people;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt, so a stolen database does not give away passwords. Passwords beyond bcrypt's 72 bytes are
 * truncated the classic way rather than refused, so a long password never turns a sign-in into an error.
 */
public final class PasswordHasher {

    private static final int COST = 10;
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;

    private PasswordHasher() {
    }

    public static String hash(String password) {
        return BCrypt.with(VERSION, LongPasswordStrategies.truncate(VERSION)).hashToString(COST, password.toCharArray());
    }

    public static boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        return BCrypt.verifyer(VERSION, LongPasswordStrategies.truncate(VERSION))
                .verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}
