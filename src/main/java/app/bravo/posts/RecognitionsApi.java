package app.bravo.posts;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import app.bravo.security.CurrentUser;
import app.bravo.security.Role;

/** Recognitions for API clients (a person's bearer token or Basic): the same rules as the form. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Board")
public class RecognitionsApi {

    public record RecognitionView(long id, String status, long authorId, List<Long> recipientIds, List<Long> teamIds,
            List<Long> behaviourIds, String story, String caseReference, boolean internalService,
            java.time.Instant publishedAt, int applause) {

        static RecognitionView of(Recognition r) {
            return new RecognitionView(r.id, r.status.name(), r.author.id,
                    r.recipients.stream().map(p -> p.id).sorted().toList(), r.teams.stream().map(t -> t.id).toList(),
                    r.behaviours.stream().map(b -> b.id).sorted().toList(), r.story, r.caseReference,
                    r.internalService, r.publishedAt, r.applause);
        }
    }

    public record ApplauseView(long postId, boolean applauded, int applause) {
    }

    @Inject
    PostService posts;

    @Inject
    CurrentUser currentUser;

    @POST
    @Path("recognitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "Recognise colleagues and/or a team", description = "recipientIds and/or teamId, 1-3 "
            + "behaviourIds, a story of 20-2,000 characters; published on the board at once.")
    public Response create(@Valid @NotNull RecognitionInput input) {
        Recognition recognition = posts.recognise(currentUser.getId(), input);
        return Response.created(URI.create("/api/recognitions/" + recognition.id))
                .entity(RecognitionView.of(recognition)).build();
    }

    @GET
    @Path("recognitions/{id}")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public RecognitionView get(@RestPath long id) {
        Recognition recognition = Recognition.findById(id);
        if (recognition == null || recognition.status != Post.Status.APPROVED) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return RecognitionView.of(recognition);
    }

    @PUT
    @Path("recognitions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "Change a recognition", description = "Its author within 24 hours, a moderator at any time.")
    public RecognitionView update(@RestPath long id, @Valid @NotNull RecognitionInput input) {
        return RecognitionView.of(posts.update(id, currentUser.getId(), currentUser.isModerator(), input));
    }

    @DELETE
    @Path("recognitions/{id}")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response delete(@RestPath long id) {
        posts.delete(id, currentUser.getId(), currentUser.isModerator());
        return Response.noContent().build();
    }

    @PUT
    @Path("posts/{id}/applause")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "Applaud a post", description = "Idempotent: applauding twice counts once.")
    public ApplauseView applaud(@RestPath long id) {
        return new ApplauseView(id, true, posts.applaud(id, currentUser.getId(), true));
    }

    @DELETE
    @Path("posts/{id}/applause")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public ApplauseView takeBack(@RestPath long id) {
        return new ApplauseView(id, false, posts.applaud(id, currentUser.getId(), false));
    }
}
