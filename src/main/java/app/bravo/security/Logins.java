package app.bravo.security;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * What security reads about accounts, each question answered by one indexed statement. The directory (people)
 * owns the accounts and implements this, so security stays below every feature.
 */
public interface Logins {

    record Login(long accountId, long personId, String username, String fullName, String passwordHash, Role role,
            String language, boolean active, int sessionEpoch) {
    }

    /**
     * A password attempt: the account, if the name has one, the latest block on any of the attempt's throttle
     * keys (see {@link LoginThrottles#keys}), and whether the name has failures counted (see
     * {@link LoginThrottles#nameKeys}), which a right password then clears.
     */
    record Attempt(Optional<Login> login, Instant blockedUntil, boolean nameCounted) {
    }

    /** The account of a session cookie, and whether that one session was ended by a logout. */
    record Session(Login login, boolean ended) {
    }

    /** A presented API token and, for a personal token, its owner. */
    record Token(ApiToken token, Login owner) {
    }

    Attempt attempt(String username, Collection<String> blockKeys, Collection<String> nameKeys);

    Optional<Session> session(long accountId, String sessionId);

    Optional<Token> token(String tokenHash);

    /** The account behind a person, for pages that act on one's own account. */
    Optional<Login> byPerson(long personId);
}
