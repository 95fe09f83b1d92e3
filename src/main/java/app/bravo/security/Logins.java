package app.bravo.security;

import java.util.Optional;

/**
 * What security needs to know about an account, one indexed lookup each. The directory (people) owns the
 * accounts and implements this, so security stays below every feature.
 */
public interface Logins {

    record Login(long accountId, long personId, String username, String fullName, String passwordHash, Role role,
            String language, boolean active) {
    }

    Optional<Login> byUsername(String username);
}
