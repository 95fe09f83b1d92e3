package app.bravo.security;

import java.security.Principal;

import app.bravo.i18n.Languages;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds security identities, with what pages need about the person as attributes, so they need no query. */
public final class Identities {

    public static final String ACCOUNT_ID = "bravo.account-id";
    public static final String PERSON_ID = "bravo.person-id";
    public static final String FULL_NAME = "bravo.full-name";
    public static final String USERNAME = "bravo.username";
    public static final String SESSION_ID = "bravo.session-id";
    /** The id of the service token an integration acts through (features record where data came from). */
    public static final String SERVICE_TOKEN_ID = "bravo.service-token-id";

    private Identities() {
    }

    /** A person acting through a session, a password or their personal token: the roles their role implies. */
    static SecurityIdentity of(Principal principal, Logins.Login login) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder().setPrincipal(principal);
        login.role().granted().forEach(role -> builder.addRole(role.name()));
        builder.addAttribute(ACCOUNT_ID, login.accountId());
        builder.addAttribute(PERSON_ID, login.personId());
        builder.addAttribute(FULL_NAME, login.fullName());
        builder.addAttribute(USERNAME, login.username());
        if (principal instanceof SessionPrincipal session) {
            builder.addAttribute(SESSION_ID, session.sessionId());
        }
        if (login.language() != null) {
            builder.addAttribute(Languages.IDENTITY_ATTRIBUTE, login.language());
        }
        return builder.build();
    }

    /** An integration acting through a service token: only its scopes, and no person. */
    static SecurityIdentity ofService(ApiToken token) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new io.quarkus.security.runtime.QuarkusPrincipal("token:" + token.name));
        token.scopeSet().forEach(scope -> builder.addRole(scope.role()));
        builder.addAttribute(USERNAME, "token:" + token.name);
        builder.addAttribute(SERVICE_TOKEN_ID, token.id);
        return builder.build();
    }
}
