package app.bravo.awards.voting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.bravo.i18n.CurrentLocale;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A round's results: HR from CLOSED, everyone once ANNOUNCED (409 before). HR counts again and resolves ties
 * here until the announcement.
 */
@Path("/api/awards/rounds/{id}/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Awards")
@RolesAllowed(Role.EMPLOYEE_NAME)
public class ResultsApi {

    public record ResolutionInput(@NotNull ResultService.Resolution resolution, String note) {
    }

    @Inject
    ResultService results;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale currentLocale;

    @Inject
    ObjectMapper json;

    @GET
    public ResultsView.View results(@RestPath long id) {
        boolean hr = currentUser.isHr();
        String language = currentLocale.getCode();
        return QuarkusTransaction.joiningExisting()
                .call(() -> ResultsView.of(Publication.withResults(id, hr), language, json));
    }

    @POST
    @Path("tally")
    @RolesAllowed(Role.HR_NAME)
    public ResultsView.View retally(@RestPath long id) {
        results.retally(id);
        return results(id);
    }

    @POST
    @Path("categories/{categoryId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.HR_NAME)
    public ResultsView.View resolve(@RestPath long id, @RestPath long categoryId,
            @jakarta.validation.Valid @NotNull ResolutionInput input) {
        results.resolveTie(id, categoryId, input.resolution(), input.note());
        return results(id);
    }
}
