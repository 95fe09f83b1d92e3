package app.bravo.web;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import app.bravo.people.Account;
import app.bravo.people.Person;
import app.bravo.people.Role;
import app.bravo.people.RoleAugmentor;
import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in person, for templates ({@code inject:me}) and services. */
@Named("me")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    private Account account;
    private boolean accountLoaded;

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

    /** The account, loaded once per request; empty for anonymous visitors. */
    public Optional<Account> account() {
        if (!accountLoaded) {
            accountLoaded = true;
            account = isLoggedIn() ? Account.findByUsername(username()).orElse(null) : null;
        }
        return Optional.ofNullable(account);
    }

    public Optional<Person> person() {
        return account().map(a -> a.person);
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
