package app.bravo.web;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import app.bravo.people.Role;
import app.bravo.people.RoleAugmentor;
import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in person, for templates ({@code inject:me}) and services. */
@Named("me")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public String username() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public Optional<Long> personId() {
        Long id = identity.getAttribute(RoleAugmentor.PERSON_ID);
        return Optional.ofNullable(id);
    }

    public String getName() {
        String name = identity.getAttribute(RoleAugmentor.FULL_NAME);
        return name == null ? "" : name;
    }

    /** The language the person chose, if any. */
    public Optional<String> language() {
        return Optional.ofNullable(identity.getAttribute(RoleAugmentor.LANGUAGE));
    }

    public Long getId() {
        return personId().orElse(null);
    }

    public boolean has(Role role) {
        return identity.hasRole(role.name());
    }

    public boolean isHr() {
        return has(Role.HR);
    }

    public boolean isModerator() {
        return has(Role.MODERATOR);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }
}
