package app.bravo.people;

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

import app.bravo.i18n.CurrentLocale;
import app.bravo.i18n.Languages;
import app.bravo.security.CurrentUser;
import app.bravo.security.PasswordPolicy;
import app.bravo.security.Role;
import app.bravo.web.BadInputException;
import app.bravo.web.Flash;
import app.bravo.web.FormErrors;
import app.bravo.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The signed-in person's own settings: password and language. */
@Path("/")
public class AccountResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(FormErrors errors, int minLength);
    }

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Forms forms;

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
        return Flash.redirect("/", forms.messages(PeopleMessages.class).password_changed());
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
