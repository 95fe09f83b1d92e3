package app.bravo.posts;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import app.bravo.config.BravoConfig;
import app.bravo.i18n.CurrentLocale;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.web.Forms;
import app.bravo.web.Problem;
import app.bravo.web.Slice;
import app.bravo.web.WebMessages;

/** Congratulations and reports for API clients: the same rules and visibility as the post page. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Board")
public class CommentsApi {

    public record CommentsView(List<CommentThread.Entry> items, String next) {
    }

    public record ReportView(long postId, Long commentId, String status) {
    }

    @Inject
    CommentService comments;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale currentLocale;

    @Inject
    BravoConfig config;

    @GET
    @Path("posts/{id}/comments")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "A post's congratulations, oldest first",
            description = "Pass next as after= for more. 404 unless the post is approved (or yours, or you moderate).")
    public CommentsView list(@RestPath long id, @RestQuery String after, @RestQuery Integer size) {
        CommentService.readable(id, currentUser.getId(), currentUser.isModerator());
        int pageSize = size == null ? config.pageSize() : Math.min(Math.max(1, size), config.maxPageSize());
        Slice<CommentThread.Entry> page = CommentThread.page(id, Forms.parseId(after), pageSize, currentUser.getId(),
                currentUser.isModerator(), Instant::toString);
        return new CommentsView(page.items(), page.next());
    }

    @POST
    @Path("posts/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "Congratulate", description = "1-500 characters on an approved post; paragraphs kept.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "congratulations", value = "{\"body\": \"Congratulations, Marko! Well deserved.\"}")))
    @APIResponse(responseCode = "201", description = "Written; the post's comment count went up by one.")
    public Response create(@RestPath long id, @Valid @NotNull CommentInput input) {
        // Trimmed like the form's text (@NotBlank already refused one of white space only).
        Comment comment = comments.comment(id, currentUser.getId(), CommentInput.typed(input.body()));
        return Response.created(URI.create("/api/posts/" + id + "/comments"))
                .entity(CommentThread.written(comment, id, currentUser.getId(), currentUser.getName(), Instant::toString))
                .build();
    }

    @DELETE
    @Path("comments/{id}")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "Delete a comment", description = "Its author, or a moderator (then it counts as removed).")
    public Response delete(@RestPath long id) {
        comments.delete(id, currentUser.getId(), currentUser.isModerator());
        return Response.noContent().build();
    }

    @POST
    @Path("posts/{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "Report a post to the moderators", description = "A reason of 1-500 characters. One open "
            + "report per person and post: a second answers 409. The post stays on the board until a moderator acts.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "report", value = "{\"reason\": \"It names a customer.\"}")))
    @APIResponse(responseCode = "201", description = "Reported.")
    @APIResponse(responseCode = "409", description = "You already reported it; that report is still open.")
    public Response reportPost(@RestPath long id, @Valid @NotNull ReportInput input, UriInfo uri) {
        return report(id, null, input, uri);
    }

    @POST
    @Path("comments/{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "Report a comment to the moderators", description = "As for a post.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "report", value = "{\"reason\": \"This is rude.\"}")))
    @APIResponse(responseCode = "201", description = "Reported.")
    @APIResponse(responseCode = "409", description = "You already reported it; that report is still open.")
    public Response reportComment(@RestPath long id, @Valid @NotNull ReportInput input, UriInfo uri) {
        return report(CommentService.postOf(id), id, input, uri);
    }

    private Response report(long postId, Long commentId, ReportInput input, UriInfo uri) {
        if (!comments.report(postId, commentId, currentUser.getId(), ReportInput.typed(input.reason()))) {
            WebMessages web = currentLocale.messages(WebMessages.class);
            return Response.status(409).type(Problem.MEDIA_TYPE).entity(Problem.of(409, web.error_409_title(),
                    currentLocale.messages(PostMessages.class).report_already_sent(), uri.getPath())).build();
        }
        return Response.status(201).entity(new ReportView(postId, commentId, Report.Status.OPEN.name())).build();
    }
}
