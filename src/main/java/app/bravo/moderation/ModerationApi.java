package app.bravo.moderation;

import java.time.Instant;
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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import app.bravo.board.BoardQuery;
import app.bravo.config.BravoConfig;
import app.bravo.i18n.CurrentLocale;
import app.bravo.posts.Post;
import app.bravo.posts.Report;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.web.Forms;
import app.bravo.web.Problem;
import app.bravo.web.WebMessages;

/** The moderation queue and decisions for API clients (moderators and HR): the same rules as the queue page. */
@Path("/api/moderation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
@RolesAllowed({ Role.MODERATOR_NAME, Role.HR_NAME })
public class ModerationApi {

    public record QueueView(long pendingCount, List<BoardQuery.Card> pending, String pendingNext, long reportCount,
            List<ModerationQueue.ReportRow> reports, String reportsNext) {
    }

    public record PostDecision(long postId, String status) {
    }

    public record ReportDecision(long reportId, String status) {
    }

    @Inject
    ModerationService moderation;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale currentLocale;

    @Inject
    BravoConfig config;

    @GET
    @Path("queue")
    @Operation(summary = "What waits for the moderators", description = "Pending posts, oldest first (pass "
            + "pendingNext as after= for more), and open reports, newest first (reportsNext as reportsAfter=).")
    public QueueView queue(@RestQuery String after, @RestQuery String reportsAfter, @RestQuery Integer size) {
        int pageSize = size == null ? config.pageSize() : Math.min(Math.max(1, size), config.maxPageSize());
        ModerationQueue.Page page = ModerationQueue.page(Forms.parseId(after), false, Forms.parseId(reportsAfter), pageSize,
                currentUser.getId(), currentUser.isModerator(), Instant.now(), Instant::toString);
        return new QueueView(page.pendingCount(), page.pending().items(), page.pending().next(), page.reportCount(),
                page.reports().items(), page.reports().next());
    }

    @POST
    @Path("posts/{id}/approve")
    @Operation(summary = "Approve a pending post", description = "It is on the board from now. 409 when another "
            + "moderator decided first.")
    @APIResponse(responseCode = "200", description = "Approved.", content = @Content(examples = @ExampleObject(
            name = "approved", value = "{\"postId\": 42, \"status\": \"APPROVED\"}")))
    @APIResponse(responseCode = "409", description = "Not pending any more: another moderator decided first.")
    public PostDecision approve(@RestPath long id,
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "Optional: the post's "
                    + "updatedAt as you read it; 409 if its author changed it since.") @RestQuery String seen) {
        moderation.approve(id, ModerationResource.instant(seen));
        return new PostDecision(id, Post.Status.APPROVED.name());
    }

    @POST
    @Path("posts/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a pending post", description = "A reason of 1-500 characters, which its author "
            + "sees on My posts. 409 when another moderator decided first.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "reason", value = "{\"reason\": \"Please leave out the customer's name and send it again.\"}")))
    @APIResponse(responseCode = "200", description = "Rejected.", content = @Content(examples = @ExampleObject(
            name = "rejected", value = "{\"postId\": 42, \"status\": \"REJECTED\"}")))
    @APIResponse(responseCode = "409", description = "Not pending any more: another moderator decided first.")
    public PostDecision reject(@RestPath long id, @Valid @NotNull RejectInput input) {
        moderation.reject(id, RejectInput.typed(input.reason()));
        return new PostDecision(id, Post.Status.REJECTED.name());
    }

    @POST
    @Path("reports/{id}/dismiss")
    @Operation(summary = "Dismiss a report", description = "The item stays on the board. 409 when the report is "
            + "closed already.")
    @APIResponse(responseCode = "200", description = "Dismissed.", content = @Content(examples = @ExampleObject(
            name = "dismissed", value = "{\"reportId\": 7, \"status\": \"DISMISSED\"}")))
    @APIResponse(responseCode = "409", description = "Closed already by another moderator.")
    public ReportDecision dismiss(@RestPath long id) {
        moderation.dismiss(id);
        return new ReportDecision(id, Report.Status.DISMISSED.name());
    }

    @POST
    @Path("reports/{id}/remove")
    @Operation(summary = "Take a reported item off the board", description = "Removes the reported post or "
            + "comment and closes every open report of it. 409 when the report is closed already.")
    @APIResponse(responseCode = "200", description = "Removed.", content = @Content(examples = @ExampleObject(
            name = "removed", value = "{\"reportId\": 7, \"status\": \"RESOLVED\"}")))
    @APIResponse(responseCode = "409", description = "Closed already by another moderator.")
    public ReportDecision remove(@RestPath long id) {
        moderation.remove(id);
        return new ReportDecision(id, Report.Status.RESOLVED.name());
    }

    /** Another moderator was quicker: 409 with the reason in the reader's language. */
    @ServerExceptionMapper
    public Response alreadyDecided(AlreadyDecidedException e, UriInfo uri) {
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(Problem.of(409,
                currentLocale.messages(WebMessages.class).error_409_title(), currentLocale.text(e.text()),
                uri.getPath())).build();
    }
}
