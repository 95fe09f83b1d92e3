package app.bravo.awards.voting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import app.bravo.i18n.CurrentLocale;
import app.bravo.security.Role;

/** Turnout for HR's API clients: the same counts as the turnout page. */
@Path("/api/awards/rounds/{id}/turnout")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Awards")
@RolesAllowed(Role.HR_NAME)
public class TurnoutApi {

    @Inject
    CurrentLocale currentLocale;

    @GET
    public Turnout.View turnout(@RestPath long id) {
        return TurnoutResource.load(id, currentLocale);
    }
}
