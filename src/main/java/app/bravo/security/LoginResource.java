package app.bravo.security;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import app.bravo.config.BravoConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;

/** The login page (the form posts to Quarkus' own /j_security_check) and logout. */
@Path("/")
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, long waitMinutes, boolean refused, boolean demo);

        static native TemplateInstance logout();
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    BravoConfig config;

    @Inject
    Sessions sessions;

    @GET
    @Path("login")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public Response login(@RestQuery boolean error, @RestQuery boolean refused,
            @CookieParam(FailedLogins.WAIT_COOKIE) String wait) {
        if (!identity.isAnonymous()) {
            return Response.seeOther(URI.create("/")).build();
        }
        long waitSeconds = error ? parseSeconds(wait) : 0;
        long waitMinutes = waitSeconds == 0 ? 0 : Math.max(1, (waitSeconds + 59) / 60);
        Response.ResponseBuilder page = Response.status(error ? 401 : 200)
                .entity(Templates.login(error && waitMinutes == 0, waitMinutes, refused, config.demo().enabled()));
        if (wait != null) {
            page.cookie(new NewCookie.Builder(FailedLogins.WAIT_COOKIE).value("").path("/login").maxAge(0).build());
        }
        return page.build();
    }

    /** A bookmarked or typed logout link asks, since only a form may log out (CSRF). */
    @GET
    @Path("logout")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public Response confirmLogout() {
        if (identity.isAnonymous()) {
            return Response.seeOther(URI.create("/login")).build();
        }
        return Response.ok(Templates.logout()).build();
    }

    /** Ends this session for good: the cookie is deleted, and a copy of it is refused from now on. */
    @POST
    @Path("logout")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        if (!identity.isAnonymous()) {
            String sessionId = identity.getAttribute(Identities.SESSION_ID);
            Long accountId = identity.getAttribute(Identities.ACCOUNT_ID);
            if (sessionId != null && accountId != null) {
                sessions.end(accountId, sessionId);
            }
            FormAuthenticationMechanism.logout(identity);
        }
        return Response.seeOther(URI.create("/login")).build();
    }

    private static long parseSeconds(String text) {
        try {
            return text == null ? 0 : Math.max(0, Math.min(86_400, Long.parseLong(text.trim())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
