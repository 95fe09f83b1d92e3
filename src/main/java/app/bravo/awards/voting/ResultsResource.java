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

import com.fasterxml.jackson.databind.ObjectMapper;

import app.bravo.i18n.CurrentLocale;
import app.bravo.i18n.Text;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.web.BadInputException;
import app.bravo.web.Flash;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The results page (HR from CLOSED, everyone once ANNOUNCED): per category the method, the winners, every
 * round's counts and any tie with its resolution; once announced the published ballots (CSV), the receipts and a
 * form to check one's receipt. HR counts again and resolves ties here before the announcement.
 */
@Path("/awards/results")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EMPLOYEE_NAME)
public class ResultsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(ResultsView.View view, List<Publication.CategoryReceipts> receipts,
                Publication.ReceiptCheck check, String checkedCode);
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
    @Path("{roundId}")
    public TemplateInstance results(@RestPath long roundId) {
        return page(roundId, null, null);
    }

    @GET
    @Path("{roundId}/ballots/{categoryId}.csv")
    @Produces("text/csv")
    public Response csv(@RestPath long roundId, @RestPath long categoryId) {
        return PublishedBallotsApi.csvResponse(roundId, categoryId);
    }

    @POST
    @Path("{roundId}/receipt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance checkReceipt(@RestPath long roundId, @RestForm String receipt) {
        Publication.ReceiptCheck check = QuarkusTransaction.joiningExisting()
                .call(() -> Publication.check(Publication.announced(roundId), receipt == null ? "" : receipt));
        return page(roundId, check, receipt);
    }

    @POST
    @Path("{roundId}/tally")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HR_NAME)
    public Response retally(@RestPath long roundId) {
        results.retally(roundId);
        return Flash.redirect("/awards/results/" + roundId, messages().results_retallied());
    }

    @POST
    @Path("{roundId}/categories/{categoryId}/resolution")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HR_NAME)
    public Response resolve(@RestPath long roundId, @RestPath long categoryId, @RestForm String resolution,
            @RestForm String note) {
        ResultService.Resolution chosen;
        try {
            chosen = ResultService.Resolution.valueOf(resolution == null ? "" : resolution);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("resolution", Text.of(VotingMessages.class, VotingMessages::error_resolution));
        }
        results.resolveTie(roundId, categoryId, chosen, note);
        return Flash.redirect("/awards/results/" + roundId, messages().results_resolved());
    }

    private TemplateInstance page(long roundId, Publication.ReceiptCheck check, String code) {
        boolean hr = currentUser.isHr();
        String language = currentLocale.getCode();
        return QuarkusTransaction.joiningExisting().call(() -> {
            ResultsView.View view = ResultsView.of(Publication.withResults(roundId, hr), language, json);
            List<Publication.CategoryReceipts> receipts = view.announced()
                    ? Publication.receipts(Publication.announced(roundId), language)
                    : List.of();
            return Templates.results(view, receipts, check, code);
        });
    }

    private VotingMessages messages() {
        return currentLocale.messages(VotingMessages.class);
    }
}
