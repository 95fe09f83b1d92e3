package app.bravo.awards.voting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import app.bravo.config.BravoConfig;
import app.bravo.i18n.CurrentLocale;
import app.bravo.security.Role;

/** The hall of fame for API clients: announced winners, newest first ({@code ?page=2} for more). */
@Path("/api/awards/hall-of-fame")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Awards")
@RolesAllowed(Role.EMPLOYEE_NAME)
public class HallOfFameApi {

    @Inject
    CurrentLocale currentLocale;

    @Inject
    BravoConfig config;

    @GET
    public HallOfFame.Page hallOfFame(@RestQuery String page) {
        return HallOfFameResource.load(page, currentLocale, config);
    }
}
