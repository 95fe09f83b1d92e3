package app.bravo.people;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Adds the roles a stored role implies (an HR person is also an employee) and shuts out people who were
 * deactivated, also those still holding a session cookie from before. It runs on every request, so the
 * name and language it puts on the identity are fresh, and pages (error pages too, which render on the I/O
 * thread) need no database call for the header.
 */
@ApplicationScoped
public class RoleAugmentor implements SecurityIdentityAugmentor {

    public static final String PERSON_ID = "bravo.person-id";
    public static final String FULL_NAME = "bravo.full-name";
    public static final String LANGUAGE = "bravo.language";
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(augmentBlocking(identity));
    }

    private Supplier<SecurityIdentity> augmentBlocking(SecurityIdentity identity) {
        return () -> {
            LoginState state = loginState(identity.getPrincipal().getName());
            if (state == null || !state.active()) {
                // StaleSessionCleaner deletes the cookie in the refusal.
                throw new AuthenticationFailedException("account missing or deactivated");
            }
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
            state.role().granted().forEach(role -> builder.addRole(role.name()));
            builder.addAttribute(PERSON_ID, state.personId());
            builder.addAttribute(FULL_NAME, state.fullName());
            if (state.language() != null) {
                builder.addAttribute(LANGUAGE, state.language());
            }
            return builder.build();
        };
    }

    record LoginState(long personId, String fullName, String language, Role role, boolean active) {
    }

    @ActivateRequestContext
    LoginState loginState(String username) {
        Optional<Account> account = Account.findByUsername(username);
        return account.map(a -> new LoginState(a.person.id, a.person.fullName, a.locale, a.roleValue(), a.person.active))
                .orElse(null);
    }
}
