package app.bravo.awards.voting;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import app.bravo.awards.Round;
import app.bravo.i18n.CurrentLocale;
import app.bravo.people.Person;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Voting for API clients: what the caller may vote on, and casting a ballot. 201 with the receipt code, which is
 * shown this once; 403 not eligible, 404 no such round or category, 409 the round is not in VOTING, 422 choices
 * that may not be cast (problem details whose type ends in the reason key).
 */
@Path("/api/awards/rounds/{id}/ballots")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Awards")
@RolesAllowed(Role.EMPLOYEE_NAME)
public class BallotsApi {

    public record CastInput(@NotNull Long category, List<String> choices) {
    }

    public record Receipt(String receipt) {
    }

    @Inject
    BallotService ballots;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale currentLocale;

    /** The categories the caller may vote in, their finalists, and whether (since which day) they voted. */
    @GET
    public BallotPage.View ballot(@RestPath long id) {
        long personId = voter();
        String language = currentLocale.getCode();
        return QuarkusTransaction.joiningExisting().call(() -> {
            Round round = Round.findById(id);
            if (round == null) {
                throw VotingRefused.notFound();
            }
            return BallotPage.of(round, Person.findById(personId), language);
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cast(@RestPath long id, @Valid @NotNull CastInput input) {
        String receipt = ballots.cast(voter(), id, input.category(), input.choices());
        return Response.status(201).entity(new Receipt(receipt)).build();
    }

    /** A service token votes for nobody. */
    private long voter() {
        return currentUser.personId()
                .orElseThrow(() -> new VotingRefused(403, "not_eligible", VotingMessages::error_not_eligible));
    }
}
