package app.bravo.people;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import app.bravo.security.Logins;

/** Accounts as security sees them, each read with its person in one statement. */
@ApplicationScoped
public class AccountLogins implements Logins {

    @Override
    public Optional<Login> byUsername(String username) {
        return Account.<Account> find("from Account a join fetch a.person where a.username = ?1",
                Person.normaliseEmail(username)).firstResultOptional().map(AccountLogins::login);
    }

    private static Login login(Account a) {
        return new Login(a.id, a.person.id, a.username, a.person.fullName, a.passwordHash, a.roleValue(), a.locale,
                a.person.active);
    }
}
