package app.bravo.people;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;

import org.hibernate.annotations.DynamicUpdate;

import app.bravo.security.Passwords;
import app.bravo.security.Role;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * The login of a person: e-mail as user name, a bcrypt password and one stored role. Security reads accounts
 * through {@link AccountLogins}. Updates write only the columns they change ({@code @DynamicUpdate}) and the
 * session epoch only moves by an atomic increment, so a concurrent save (a language switch in another tab)
 * can never write back an old password, role or epoch.
 */
@Entity
@DynamicUpdate
public class Account extends PanacheEntity {

    @OneToOne(optional = false)
    @JoinColumn(name = "person_id", unique = true)
    public Person person;

    @Column(nullable = false, length = 254, unique = true)
    public String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    /** Stored as the role name; the identity gets the roles it implies ({@link Role#granted()}). */
    @Column(nullable = false, length = 20)
    public String role;

    /**
     * Sessions carry the epoch they began in; moving it on ends every session of the account at once (a copied
     * cookie included), on the next request each makes.
     */
    @Column(name = "session_epoch", nullable = false)
    public int sessionEpoch;

    /** The language the person chose, or null to follow the browser. */
    @Column(length = 8)
    public String locale;

    /** Whether they get an e-mail when someone recognises them or their team (the account page turns it off). */
    @Column(nullable = false)
    public boolean notices = true;

    public Role roleValue() {
        return Role.valueOf(role);
    }

    /** The login of a new person, named by their e-mail. */
    static Account create(Person person, Role role, String passwordHash) {
        Account account = new Account();
        account.person = person;
        account.username = person.email;
        account.role = role.name();
        account.passwordHash = passwordHash;
        account.persist();
        return account;
    }

    /** A new password ends every session: whoever held an old one must log in with the new one. */
    public void setPassword(String plain) {
        passwordHash = Passwords.hash(plain);
        endSessions();
    }

    /**
     * Ends every session of the account at once (see {@link #sessionEpoch}): one atomic increment in the
     * database, never a value computed from what this transaction read, so two ends cannot collapse into one.
     */
    public void endSessions() {
        update("sessionEpoch = sessionEpoch + 1 where id = ?1", id);
    }

    /** {@link #endSessions()} for many accounts in one statement (a bulk import's role changes). */
    static void endSessionsOf(java.util.Collection<Long> ids) {
        if (!ids.isEmpty()) {
            update("sessionEpoch = sessionEpoch + 1 where id in ?1", ids);
        }
    }

    /** A new role ends every session, so nobody keeps the rights of the old one on an open page. */
    public void changeRole(Role newRole) {
        if (!newRole.name().equals(role)) {
            role = newRole.name();
            endSessions();
        }
    }

    /** A new login name ends every session: the person logs in again with the new one. */
    public void changeUsername(String email) {
        if (!email.equals(username)) {
            username = email;
            endSessions();
        }
    }

    public boolean passwordMatches(String plain) {
        return Passwords.matches(plain, passwordHash);
    }

    public static Optional<Account> findByUsername(String username) {
        return find("username", Person.normaliseEmail(username)).firstResultOptional();
    }

    public static Optional<Account> findByPerson(Person person) {
        return find("person", person).firstResultOptional();
    }
}
