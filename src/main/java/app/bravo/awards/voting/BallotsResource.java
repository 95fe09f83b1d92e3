package app.bravo.awards.voting;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import app.bravo.awards.Round;
import app.bravo.i18n.CurrentLocale;
import app.bravo.people.Person;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The ballot page: every category the signed-in person may vote in, its finalists and their citations, one form
 * per category. A cast answers with the page itself (not a redirect), showing the receipt code this once: it is
 * never stored, so it cannot be shown again, and it does not travel in a cookie.
 */
@Path("/awards/ballots")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EMPLOYEE_NAME)
public class BallotsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ballot(BallotPage.View view, Long castIn, String receipt, Long refusedIn,
                String refusal);
    }

    @Inject
    BallotService ballots;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale currentLocale;

    @GET
    @Path("{roundId}")
    public TemplateInstance ballot(@RestPath long roundId) {
        return Templates.ballot(view(roundId), null, null, null, null);
    }

    @POST
    @Path("{roundId}/{categoryId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cast(@RestPath long roundId, @RestPath long categoryId, @RestForm List<String> choice) {
        long personId = currentUser.personId().orElseThrow(() -> VotingRefused.notFound());
        List<String> choices = choice == null ? List.of() : choice.stream().filter(c -> c != null && !c.isBlank()).toList();
        try {
            String receipt = ballots.cast(personId, roundId, categoryId, choices);
            return Response.ok(Templates.ballot(view(roundId), categoryId, receipt, null, null)).build();
        } catch (VotingRefused e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status())
                    .entity(Templates.ballot(view(roundId), null, null, categoryId, currentLocale.text(e.text())))
                    .build();
        }
    }

    private BallotPage.View view(long roundId) {
        long personId = currentUser.personId().orElseThrow(() -> VotingRefused.notFound());
        String language = currentLocale.getCode();
        return QuarkusTransaction.joiningExisting().call(() -> {
            Round round = Round.findById(roundId);
            Person voter = Person.findById(personId);
            if (round == null || voter == null) {
                throw VotingRefused.notFound();
            }
            return BallotPage.of(round, voter, language);
        });
    }
}
