package app.bravo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Restores the person of a session cookie on every page request, with one indexed statement (account, person
 * and whether this session was logged out). The session is over when the person was deactivated, when their
 * account's session epoch moved on (password, role or e-mail changed, "sign out everywhere"), or when this
 * session was logged out; {@link FailedLogins} then deletes the cookie.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    Logins logins;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        SessionPrincipal principal = SessionPrincipal.parse(request.getPrincipal())
                .orElseThrow(() -> new AuthenticationFailedException("not a Bravo session"));
        return context.runBlocking(() -> {
            Logins.Session session = logins.session(principal.accountId(), principal.sessionId())
                    .orElseThrow(() -> new AuthenticationFailedException("account gone"));
            Logins.Login login = session.login();
            if (!login.active() || session.ended() || login.sessionEpoch() != principal.epoch()) {
                throw new AuthenticationFailedException("session ended");
            }
            return Identities.of(principal, login);
        });
    }
}
