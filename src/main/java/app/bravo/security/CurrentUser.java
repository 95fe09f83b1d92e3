package app.bravo.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import app.bravo.audit.Actor;
import app.bravo.i18n.Languages;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * Who is acting: the signed-in person of a web request (templates use {@code inject:me}), or nobody ("system")
 * for work without a request such as scheduled jobs.
 */
@Named("me")
@RequestScoped
public class CurrentUser implements Actor {

    public static final String SYSTEM = "system";

    @Inject
    CurrentVertxRequest request;

    @Inject
    Instance<SecurityIdentity> identityBean;

    private SecurityIdentity identity;

    /**
     * In a web request the identity the HTTP layer resolved, read without blocking (error pages render on the
     * I/O thread, also after a failed authentication); elsewhere the identity of the context.
     */
    SecurityIdentity identity() {
        if (identity == null) {
            RoutingContext routing = request.getCurrent();
            if (routing != null) {
                identity = routing.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
            } else {
                identity = identityBean.get();
            }
        }
        return identity;
    }

    public boolean isLoggedIn() {
        return identity() != null && !identity().isAnonymous();
    }

    /** The login name (e-mail) of the signed-in person, "token:name" for a service token, or "system". */
    @Override
    public String username() {
        if (!isLoggedIn()) {
            return SYSTEM;
        }
        String username = identity().getAttribute(Identities.USERNAME);
        return username != null ? username : identity().getPrincipal().getName();
    }

    public Optional<Long> personId() {
        return isLoggedIn() ? Optional.ofNullable(identity().getAttribute(Identities.PERSON_ID)) : Optional.empty();
    }

    /** The account of the signed-in person (none for a service token). */
    public Optional<Long> accountId() {
        return isLoggedIn() ? Optional.ofNullable(identity().getAttribute(Identities.ACCOUNT_ID)) : Optional.empty();
    }

    /** The service token an integration acts through (none for a person, also not for a personal token). */
    public Optional<Long> serviceTokenId() {
        return isLoggedIn() ? Optional.ofNullable(identity().getAttribute(Identities.SERVICE_TOKEN_ID))
                : Optional.empty();
    }

    public Long getId() {
        return personId().orElse(null);
    }

    public String getName() {
        String name = isLoggedIn() ? identity().getAttribute(Identities.FULL_NAME) : null;
        return name == null ? "" : name;
    }

    /** The language the person chose, if any. */
    public Optional<String> language() {
        return isLoggedIn() ? Optional.ofNullable(identity().getAttribute(Languages.IDENTITY_ATTRIBUTE))
                : Optional.empty();
    }

    public boolean has(Role role) {
        return isLoggedIn() && identity().hasRole(role.name());
    }

    public boolean isHr() {
        return has(Role.HR);
    }

    /** Moderates the board: a moderator, or HR (the issue gives moderation to both). */
    public boolean isModerator() {
        return has(Role.MODERATOR) || has(Role.HR);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /**
     * Whether deactivated people and teams and retired service standards are shown: to HR (and admins), who
     * manage them and may bring them back; to everyone else, and to service tokens, they do not exist.
     */
    public boolean seesDeactivated() {
        return isHr();
    }
}
