package app.bravo.home;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import app.bravo.behaviours.Behaviour;
import app.bravo.people.DirectoryCounts;
import app.bravo.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The start page; the notice board will live here. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Behaviour> behaviours, long people, long teams);
    }

    @Inject
    DirectoryCounts counts;

    @GET
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance index() {
        return Templates.index(Behaviour.listActive(), counts.activePeople(), counts.activeTeams());
    }
}
