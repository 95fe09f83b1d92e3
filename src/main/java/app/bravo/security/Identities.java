package app.bravo.security;

import app.bravo.i18n.Languages;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the security identity of an account, with what pages need about the person as attributes. */
public final class Identities {

    public static final String PERSON_ID = "bravo.person-id";
    public static final String FULL_NAME = "bravo.full-name";
    public static final String USERNAME = "bravo.username";

    private Identities() {
    }

    /** Adds the roles the stored role implies and the person's name, id and language to an identity. */
    static SecurityIdentity of(SecurityIdentity base, Logins.Login login) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(base);
        login.role().granted().forEach(role -> builder.addRole(role.name()));
        builder.addAttribute(PERSON_ID, login.personId());
        builder.addAttribute(FULL_NAME, login.fullName());
        builder.addAttribute(USERNAME, login.username());
        if (login.language() != null) {
            builder.addAttribute(Languages.IDENTITY_ATTRIBUTE, login.language());
        }
        return builder.build();
    }
}
