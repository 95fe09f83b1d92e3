package app.bravo.people;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;

import app.bravo.security.Passwords;
import app.bravo.security.Role;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;

/** The login of a person: e-mail as user name, a bcrypt password and one stored role. */
@Entity
@UserDefinition
public class Account extends PanacheEntity {

    @OneToOne(optional = false)
    @JoinColumn(name = "person_id", unique = true)
    public Person person;

    @Username
    @Column(nullable = false, length = 254, unique = true)
    public String username;

    @Password(PasswordType.MCF)
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    /** Stored as the role name; {@link RoleAugmentor} adds the roles it implies. */
    @Roles
    @Column(nullable = false, length = 20)
    public String role;

    /** The language the person chose, or null to follow the browser. */
    @Column(length = 8)
    public String locale;

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

    public void setPassword(String plain) {
        passwordHash = Passwords.hash(plain);
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
