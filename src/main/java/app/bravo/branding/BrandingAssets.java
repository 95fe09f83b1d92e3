package app.bravo.branding;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

/**
 * The logo and the accent colour's stylesheet, public like the login page that shows them. Both are named by
 * the settings' version: a request for the current version may be kept for a year, any other is revalidated
 * by its ETag. The logo's headers (nosniff, a sandboxing Content-Security-Policy) are set in
 * application.properties, so they hold for every answer on its path.
 */
@Path("/branding")
public class BrandingAssets {

    static final String KEEP = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    @Inject
    BrandingService service;

    @Inject
    Branding branding;

    @GET
    @Path("logo")
    @PermitAll
    public Response logo(@RestQuery("v") String version, Request request) {
        BrandingService.StoredLogo logo = service.logo();
        if (logo == null) {
            throw new NotFoundException();
        }
        EntityTag tag = new EntityTag("logo-" + logo.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified
                : Response.ok(logo.bytes()).type(logo.contentType());
        return answer.tag(tag).header("Cache-Control", cacheControl(version, logo.version())).build();
    }

    @GET
    @Path("theme.css")
    @PermitAll
    public Response theme(@RestQuery("v") String version, Request request) {
        int current = branding.getVersion();
        AccentColour accent = branding.getAccent();
        EntityTag tag = new EntityTag("theme-" + current + "-" + accent.hex().substring(1));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified
                : Response.ok(":root { --accent: " + accent.hex() + "; --accent-dark: " + accent.dark() + "; }\n")
                        .type("text/css;charset=UTF-8");
        return answer.tag(tag).header("Cache-Control", cacheControl(version, current)).build();
    }

    private static String cacheControl(String asked, int current) {
        return String.valueOf(current).equals(asked) ? KEEP : REVALIDATE;
    }
}
