package app.bravo.quality;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.bravo.i18n.CurrentLocale;
import app.bravo.i18n.Text;
import app.bravo.quality.FeedbackScore.Source;
import app.bravo.quality.FeedbackService.Origin;
import app.bravo.quality.FeedbackService.Outcome;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.security.Scope;
import app.bravo.web.BadInputException;

/**
 * Customer feedback for integrations: a helpdesk pushes scores with a service token scoped {@code feedback:write}
 * (HR may too, with Basic); moderators and HR clear a comment. Re-sending a score with the same
 * {@code externalId} changes nothing and says so.
 */
@Path("/api/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer feedback")
public class FeedbackApi {

    /** {@code status}: ADDED now, or ALREADY_RECEIVED in an earlier delivery (its stored id is given). */
    public record ItemView(int index, long id, String externalId, String status) {
        static ItemView of(FeedbackService.Item item) {
            return new ItemView(item.index(), item.id(), item.externalId(), item.added() ? "ADDED" : "ALREADY_RECEIVED");
        }
    }

    public record DeliveryView(int added, int alreadyReceived, List<ItemView> items) {
        static DeliveryView of(Outcome outcome) {
            return new DeliveryView(outcome.added(), outcome.alreadyReceived(),
                    outcome.items().stream().map(ItemView::of).toList());
        }
    }

    public record ImportView(int added, int alreadyReceived, List<LineView> errors) {
    }

    public record LineView(long line, String message) {
    }

    public record ClearedView(long id, boolean commentErased) {
    }

    private static final TypeReference<List<FeedbackInput>> BATCH = new TypeReference<>() {
    };

    @Inject
    FeedbackService feedback;

    @Inject
    FeedbackImport feedbackImport;

    @Inject
    FeedbackComments comments;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale currentLocale;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Scope.FEEDBACK_WRITE_ROLE, Role.HR_NAME })
    @Operation(summary = "Push customer feedback scores", description = "One score as an object, or a batch of at "
            + "most " + FeedbackService.MAX_BATCH + " as an array. scale CSAT (score 1-5) or NPS (0-10); teamId, "
            + "optional personId (a member of that team); channel EMAIL, PHONE, COUNTER, CHAT, WEB, SURVEY, SOCIAL or "
            + "OTHER; receivedAt (ISO instant, default now; not in the future, at most a year old); comment (the "
            + "customer's words, at most 1000 characters: never the customer's name or contact); externalId (your id, "
            + "at most 120 characters). A batch is all or nothing: one invalid score and nothing is written, the "
            + "problem details name each item as [index].field. A score whose externalId was received before is not "
            + "counted again: it is answered ALREADY_RECEIVED, so re-sending a batch (also two at once) is safe.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "one score", value = """
                    {"scale": "CSAT", "score": 5, "teamId": 1, "personId": 12, "channel": "PHONE",
                     "receivedAt": "2026-12-04T09:30:00Z", "comment": "Solved on the first call.",
                     "externalId": "zendesk-ticket-48213"}"""),
            @ExampleObject(name = "a batch", value = """
                    [{"scale": "NPS", "score": 9, "teamId": 2, "channel": "SURVEY", "externalId": "survey-7781"},
                     {"scale": "CSAT", "score": 2, "teamId": 4, "channel": "EMAIL", "externalId": "survey-7782",
                      "comment": "Waited a week for a corrected invoice."}]""") }))
    @APIResponse(responseCode = "201", description = "One new score.")
    @APIResponse(responseCode = "200", description = "A batch, or one score received before: each item ADDED or "
            + "ALREADY_RECEIVED.", content = @Content(examples = @ExampleObject(name = "answer", value = """
                    {"added": 1, "alreadyReceived": 1, "items": [
                     {"index": 0, "id": 5101, "externalId": "survey-7781", "status": "ALREADY_RECEIVED"},
                     {"index": 1, "id": 5151, "externalId": "survey-7782", "status": "ADDED"}]}""")))
    @APIResponse(responseCode = "400", description = "An invalid score (named [index].field), or more than "
            + FeedbackService.MAX_BATCH + " in one batch; nothing was written.")
    public Response push(JsonNode body) throws IOException {
        if (body == null || !(body.isArray() || body.isObject())) {
            throw new BadInputException("items", msg(QualityMessages::api_error_body));
        }
        if (body.isObject()) {
            Outcome outcome = feedback.record(json.readerFor(FeedbackInput.class).readValue(body), origin());
            FeedbackService.Item item = outcome.items().get(0);
            return item.added()
                    ? Response.created(URI.create("/api/feedback/" + item.id())).entity(DeliveryView.of(outcome)).build()
                    : Response.ok(DeliveryView.of(outcome)).build();
        }
        if (body.size() == 0) {
            throw new BadInputException("items", msg(QualityMessages::api_error_body));
        }
        if (body.size() > FeedbackService.MAX_BATCH) {
            throw new BadInputException("items", msg(m -> m.api_error_batch(FeedbackService.MAX_BATCH)));
        }
        List<FeedbackInput> inputs = json.readerFor(json.getTypeFactory().constructType(BATCH)).readValue(body);
        return Response.ok(DeliveryView.of(feedback.recordAll(inputs, origin()))).build();
    }

    @POST
    @Path("import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @RolesAllowed({ Role.HR_NAME, Scope.FEEDBACK_WRITE_ROLE })
    @Operation(summary = "Import feedback scores from CSV", description = "Columns " + FeedbackImport.HEADER
            + " (the header line is optional; received_at an ISO instant, or a local time or day in the "
            + "organisation's time zone, empty for now; person_email and comment may be empty). All or nothing: "
            + "the answer names every bad line. At most " + FeedbackImport.MAX_ROWS + " rows. Rows whose "
            + "external_id was received before are skipped, so importing a file again changes nothing.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "csv", value = FeedbackImport.HEADER + "\n"
            + "2026-12-04T09:30:00Z,Front Desk,ana.petrovic@demo.bravo,CSAT,5,COUNTER,Quick and friendly.,desk-0001\n"
            + "2026-12-04 14:10,Billing,,NPS,6,EMAIL,,mail-0002")))
    public Response importScores(byte[] csv) {
        if (csv == null || csv.length == 0) {
            throw new BadInputException("file", msg(QualityMessages::import_error_empty));
        }
        if (csv.length > FeedbackImport.MAX_BYTES) {
            throw new BadInputException("file", msg(QualityMessages::import_error_too_large));
        }
        FeedbackImport.Result result = feedbackImport.importCsv(csv, new Origin(Source.IMPORT,
                currentUser.personId().orElse(null), currentUser.serviceTokenId().orElse(null)));
        ImportView view = new ImportView(result.added(), result.alreadyReceived(), result.errors().stream()
                .map(e -> new LineView(e.line(), currentLocale.text(e.message()))).toList());
        return Response.status(result.ok() ? 200 : 400).entity(view).build();
    }

    @DELETE
    @Path("{id}/comment")
    @RolesAllowed({ Role.HR_NAME, Role.MODERATOR_NAME })
    @Operation(summary = "Clear a score's comment", description = "The customer's words are removed for good "
            + "(audited without them). Moderators and HR.")
    public ClearedView clearComment(@RestPath long id) {
        FeedbackScore score = comments.clear(id);
        return new ClearedView(score.id, true);
    }

    @DELETE
    @Path("comment")
    @RolesAllowed({ Role.HR_NAME, Role.MODERATOR_NAME })
    @Operation(summary = "Clear a score's comment by its external id", description = "For a customer's request "
            + "that arrives through the helpdesk: ?externalId=… as it was sent. Moderators and HR.")
    public ClearedView clearCommentByExternalId(@RestQuery String externalId) {
        FeedbackScore score = comments.clearByExternalId(externalId);
        return new ClearedView(score.id, true);
    }

    private Origin origin() {
        return new Origin(Source.API, currentUser.personId().orElse(null), currentUser.serviceTokenId().orElse(null));
    }

    private static Text msg(java.util.function.Function<QualityMessages, String> message) {
        return Text.of(QualityMessages.class, message);
    }
}
