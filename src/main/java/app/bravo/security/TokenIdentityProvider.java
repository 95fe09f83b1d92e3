package app.bravo.security;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.smallrye.mutiny.Uni;

/**
 * An API bearer token: its keyed hash finds the token (and a personal token's owner) in one indexed
 * statement. Revoked and expired tokens, and tokens of deactivated people, are refused.
 */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    static final int MAX_TOKEN = 128;

    @Inject
    Logins logins;

    @Inject
    TokenHasher hasher;

    @Inject
    ApiTokens tokens;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String secret = request.getToken().getToken();
        if (secret == null || !secret.startsWith(ApiTokens.PREFIX) || secret.length() > MAX_TOKEN) {
            return Uni.createFrom().failure(new AuthenticationFailedException("not a Bravo token"));
        }
        return context.runBlocking(() -> {
            Instant now = Instant.now();
            Logins.Token found = logins.token(hasher.hash(secret))
                    .orElseThrow(() -> new AuthenticationFailedException("unknown token"));
            ApiToken token = found.token();
            if (!token.isValidAt(now)) {
                throw new AuthenticationFailedException("token revoked or expired");
            }
            SecurityIdentity identity;
            if (token.isPersonal()) {
                Logins.Login owner = found.owner();
                if (owner == null || !owner.active()) {
                    throw new AuthenticationFailedException("token owner deactivated");
                }
                identity = Identities.of(new QuarkusPrincipal(owner.username()), owner);
            } else {
                identity = Identities.ofService(token);
            }
            if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minus(ApiTokens.USE_RESOLUTION))) {
                tokens.touch(token.id, now);
            }
            return identity;
        });
    }
}
