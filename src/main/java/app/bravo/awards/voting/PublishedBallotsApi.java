package app.bravo.awards.voting;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import app.bravo.i18n.CurrentLocale;
import app.bravo.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** The announced round's ballots, contents only and shuffled, for anyone to recount: JSON, or CSV per category. */
@Path("/api/awards/rounds/{id}/published-ballots")
@Tag(name = "Awards")
@RolesAllowed(Role.EMPLOYEE_NAME)
public class PublishedBallotsApi {

    @Inject
    CurrentLocale currentLocale;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Publication.CategoryBallots> ballots(@RestPath long id) {
        String language = currentLocale.getCode();
        return QuarkusTransaction.joiningExisting()
                .call(() -> Publication.ballots(Publication.announced(id), language));
    }

    @GET
    @Path("{categoryId}.csv")
    @Produces("text/csv")
    public Response csv(@RestPath long id, @RestPath long categoryId) {
        return csvResponse(id, categoryId);
    }

    static Response csvResponse(long roundId, long categoryId) {
        byte[] csv = QuarkusTransaction.joiningExisting()
                .call(() -> Publication.csv(Publication.announced(roundId), categoryId));
        return Response.ok(csv).type("text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"ballots-round" + roundId + "-category" + categoryId + ".csv\"").build();
    }
}
