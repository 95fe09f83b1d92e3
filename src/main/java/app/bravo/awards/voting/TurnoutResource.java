package app.bravo.awards.voting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;

import app.bravo.awards.Phase;
import app.bravo.awards.Round;
import app.bravo.i18n.CurrentLocale;
import app.bravo.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Turnout for HR, from VOTING on: how many have voted, per category and department. Never how. */
@Path("/awards/turnout")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.HR_NAME)
public class TurnoutResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance turnout(Turnout.View turnout);
    }

    @Inject
    CurrentLocale currentLocale;

    @GET
    @Path("{roundId}")
    public TemplateInstance turnout(@RestPath long roundId) {
        return Templates.turnout(load(roundId, currentLocale));
    }

    static Turnout.View load(long roundId, CurrentLocale currentLocale) {
        String language = currentLocale.getCode();
        String noDepartment = currentLocale.messages(VotingMessages.class).turnout_no_department();
        return QuarkusTransaction.joiningExisting().call(() -> {
            Round round = Round.findById(roundId);
            if (round == null) {
                throw VotingRefused.notFound();
            }
            if (round.phase.ordinal() < Phase.VOTING.ordinal()) {
                throw new VotingRefused(409, "not_voting_yet", VotingMessages::error_not_voting_yet);
            }
            return Turnout.of(round, language, noDepartment);
        });
    }
}
