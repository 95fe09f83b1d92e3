package app.bravo.security;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks a login name and password, from the login form or from HTTP Basic on the API. One statement reads the
 * account and any block on the name or the client's address; a blocked attempt is refused without looking at
 * the password; a name and password verified a short while ago skip bcrypt and write nothing; every other
 * attempt is counted before its password is checked (see {@link LoginThrottles}).
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    static final int MAX_USERNAME = 254;

    @Inject
    Logins logins;

    @Inject
    LoginThrottles throttles;

    @Inject
    VerifiedCredentials verified;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return context.runBlocking(() -> check(request.getUsername(), request.getPassword().getPassword(), routing));
    }

    private SecurityIdentity check(String rawUsername, char[] password, RoutingContext routing) {
        String username = rawUsername == null ? "" : rawUsername.trim();
        if (!plausible(username) || password.length == 0 || password.length > 1024) {
            // Not a name anyone could have (too long, a NUL byte): nothing to look up, nothing to count.
            throw new AuthenticationFailedException("implausible login name");
        }
        String address = clientAddress(routing);
        Instant now = Instant.now();
        Logins.Attempt attempt = logins.attempt(username, LoginThrottles.keys(username, address),
                LoginThrottles.nameKeys(username, address));
        long wait = ThrottlePolicy.secondsLeft(attempt.blockedUntil(), now);
        if (wait > 0) {
            throw LoginBlocked.failure(wait);
        }
        Logins.Login login = attempt.login().orElse(null);
        if (login != null && login.active() && verified.isVerified(username, password, login, now)) {
            // Verified a moment ago (a script's Basic calls): no bcrypt, and nothing written unless typos are
            // counted against the name (a right password clears them, however it was verified).
            if (attempt.nameCounted()) {
                throttles.success(username, address);
            }
            return identity(login, routing);
        }
        // Counted before the check, so concurrent guesses cannot all pass before the first failure is written.
        long raced = ThrottlePolicy.secondsLeft(throttles.reserve(username, address, now), now);
        if (raced > 0) {
            throw LoginBlocked.failure(raced);
        }
        if (login == null || !login.active() || !Passwords.matches(new String(password), login.passwordHash())) {
            if (login == null) {
                // The same bcrypt work as for a real account, so response times do not tell who has one.
                Passwords.matches(new String(password), Passwords.lockedHash());
            }
            throttles.addressFailure(address, now);
            throw new AuthenticationFailedException("wrong login name or password");
        }
        throttles.success(username, address);
        verified.remember(username, password, login, now);
        return identity(login, routing);
    }

    private static SecurityIdentity identity(Logins.Login login, RoutingContext routing) {
        boolean formLogin = routing != null && LoginOriginGuard.isLoginPost(routing);
        // A form login starts a session: its principal is what the encrypted cookie will carry.
        return Identities.of(formLogin ? SessionPrincipal.start(login.accountId(), login.sessionEpoch())
                : new QuarkusPrincipal(login.username()), login);
    }

    static boolean plausible(String username) {
        return !username.isEmpty() && username.length() <= MAX_USERNAME && username.indexOf('\0') < 0
                && username.chars().noneMatch(Character::isISOControl);
    }

    /** The client as the HTTP layer sees it (the forwarded address when a trusted proxy is configured). */
    static String clientAddress(RoutingContext routing) {
        if (routing == null || routing.request().remoteAddress() == null) {
            return null;
        }
        return routing.request().remoteAddress().hostAddress();
    }
}
