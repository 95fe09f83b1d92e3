package app.bravo.people;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;

import io.quarkus.elytron.security.common.BcryptUtil;
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

    public void setPassword(String plain) {
        passwordHash = BcryptUtil.bcryptHash(plain);
    }

    public boolean passwordMatches(String plain) {
        return plain != null && BcryptUtil.matches(plain, passwordHash);
    }

    public static Optional<Account> findByUsername(String username) {
        return find("username", Person.normaliseEmail(username)).firstResultOptional();
    }

    public static Optional<Account> findByPerson(Person person) {
        return find("person", person).firstResultOptional();
    }
}
