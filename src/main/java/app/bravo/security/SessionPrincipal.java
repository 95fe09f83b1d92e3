package app.bravo.security;

import java.security.Principal;
import java.util.Optional;

/**
 * What the encrypted session cookie names: the account, the account's session epoch when the session began,
 * and the session's own random id. Quarkus' form login stores {@link #getName()} in the cookie and hands it
 * back on every request, so a session can be ended alone (logout) or with all others (a new epoch).
 */
public record SessionPrincipal(long accountId, int epoch, String sessionId) implements Principal {

    public static SessionPrincipal start(long accountId, int epoch) {
        return new SessionPrincipal(accountId, epoch, Passwords.randomSecret(16));
    }

    @Override
    public String getName() {
        return accountId + "." + epoch + "." + sessionId;
    }

    /** The principal of a cookie, or empty for anything else (an old cookie naming an e-mail, a forgery). */
    public static Optional<SessionPrincipal> parse(String name) {
        String[] parts = name == null ? new String[0] : name.split("\\.", -1);
        if (parts.length != 3 || parts[2].isEmpty() || parts[2].length() > 32) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SessionPrincipal(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), parts[2]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
