package app.bravo.people;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import app.bravo.i18n.CurrentLocale;
import app.bravo.i18n.Languages;
import app.bravo.security.ApiToken;
import app.bravo.security.ApiTokens;
import app.bravo.security.CurrentUser;
import app.bravo.security.PasswordPolicy;
import app.bravo.security.Role;
import app.bravo.web.BadInputException;
import app.bravo.web.Flash;
import app.bravo.web.FormErrors;
import app.bravo.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The signed-in person's own account: password, language, sessions and personal API tokens. */
@Path("/")
public class AccountResource {

    /** Lifetimes offered for a personal token, in days. */
    static final List<Integer> TOKEN_DAYS = List.of(30, 90, 365);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(List<ApiToken> tokens, List<Integer> tokenDays, String newToken,
                FormErrors errors, String tokenName, boolean notices);

        static native TemplateInstance password(FormErrors errors, int minLength);
    }

    @Inject
    AccountService accounts;

    @Inject
    ApiTokens apiTokens;

    @Inject
    CurrentUser currentUser;

    @Inject
    Forms forms;

    @GET
    @Path("account")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance account() {
        return accountPage(null, FormErrors.none(), null);
    }

    /** Ends every session of the account, this one too, and asks for a new login. */
    @POST
    @Path("account/sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response signOutEverywhere() {
        accounts.signOutEverywhere(currentUser.username());
        return Flash.redirect("/login", messages().account_signed_out_everywhere());
    }

    /** Turns the e-mails about one's recognitions on or off. */
    @POST
    @Path("account/notices")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response notices(@RestForm String notices) {
        boolean on = Forms.checked(notices);
        accounts.setNotices(ownAccount(), on);
        return Flash.redirect("/account", on ? messages().account_notices_on() : messages().account_notices_off());
    }

    /** Makes a personal token and shows it on this answer only: it is stored hashed and cannot be shown again. */
    @POST
    @Path("account/tokens")
    @Produces(MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response createToken(@RestForm String name, @RestForm String days) {
        try {
            ApiTokens.Issued issued = apiTokens.createPersonal(ownAccount(), name, Forms.parseInt(days));
            return Response.ok(accountPage(issued.secret(), FormErrors.none(), null))
                    .header("Cache-Control", "no-store").build();
        } catch (BadInputException e) {
            return Response.status(400).entity(accountPage(null, forms.errors(e), name)).build();
        }
    }

    @POST
    @Path("account/tokens/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response revokeToken(@RestPath long id) {
        ApiToken token = apiTokens.revokePersonal(ownAccount(), id);
        return Flash.redirect("/account#tokens", messages().account_token_revoked(token.name));
    }

    private TemplateInstance accountPage(String newToken, FormErrors errors, String tokenName) {
        long account = ownAccount();
        boolean notices = Account.<Account> findByIdOptional(account).map(a -> a.notices).orElse(true);
        return Templates.account(ApiToken.personalOf(account), TOKEN_DAYS, newToken, errors, tokenName, notices);
    }

    private long ownAccount() {
        return currentUser.accountId().orElseThrow(jakarta.ws.rs.NotFoundException::new);
    }

    private PeopleMessages messages() {
        return forms.messages(PeopleMessages.class);
    }

    @GET
    @Path("account/password")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance password() {
        return Templates.password(FormErrors.none(), PasswordPolicy.MIN_LENGTH);
    }

    @POST
    @Path("account/password")
    @Produces(MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response changePassword(@RestForm String current, @RestForm String next, @RestForm String confirm) {
        try {
            accounts.changePassword(currentUser.username(), current, next, confirm);
        } catch (BadInputException e) {
            return Response.status(400).entity(Templates.password(forms.errors(e), PasswordPolicy.MIN_LENGTH)).build();
        }
        // The new password ended every session, this one too: the person logs in with it.
        return Flash.redirect("/login", messages().password_changed());
    }

    /** Open to visitors too, so the login page can be read in their language. */
    @POST
    @Path("language")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response language(@RestForm String lang, @RestForm String back) {
        String language = Languages.isSupported(lang) ? lang : Languages.DEFAULT;
        if (currentUser.isLoggedIn()) {
            accounts.setLanguage(currentUser.username(), language);
        }
        NewCookie cookie = new NewCookie.Builder(CurrentLocale.COOKIE).value(language).path("/")
                .maxAge(365 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(safeUri(back)).cookie(cookie).build();
    }

    static java.net.URI safeUri(String back) {
        try {
            return java.net.URI.create(safeBack(back));
        } catch (IllegalArgumentException e) {
            return java.net.URI.create("/");
        }
    }

    /** Only a path on this site, never another host (no open redirect). */
    static String safeBack(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
                || back.contains("\r") || back.contains("\n") || back.startsWith("/j_security_check") || back.startsWith("/logout")
                || back.startsWith("/language")) {
            return "/";
        }
        return back;
    }
}
