package app.bravo.security;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Adds the roles a stored role implies (an HR person is also an employee) and shuts out people who were
 * deactivated, also those still holding a session cookie from before.
 */
@ApplicationScoped
public class RoleAugmentor implements SecurityIdentityAugmentor {

    @Inject
    Logins logins;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(augmentBlocking(identity));
    }

    private Supplier<SecurityIdentity> augmentBlocking(SecurityIdentity identity) {
        return () -> {
            Logins.Login login = find(identity.getPrincipal().getName());
            if (login == null || !login.active()) {
                // StaleSessionCleaner deletes the cookie in the refusal.
                throw new AuthenticationFailedException("account missing or deactivated");
            }
            return Identities.of(identity, login);
        };
    }

    @ActivateRequestContext
    Logins.Login find(String username) {
        return logins.byUsername(username).orElse(null);
    }
}
