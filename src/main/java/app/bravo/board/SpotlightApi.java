package app.bravo.board;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import app.bravo.security.Role;

/** The spotlight for API clients: the same rules as the card's pin form. */
@Path("/api/posts/{id}/pin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Board")
public class SpotlightApi {

    public record PinView(long postId, Instant pinnedUntil) {
    }

    @Inject
    SpotlightService spotlight;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.MODERATOR_NAME, Role.HR_NAME })
    @Operation(summary = "Pin an approved post to the board's spotlight", description = "Moderators and HR. Through "
            + "the day until (today up to 60 days ahead; left out: one week). At most three posts are pinned "
            + "at a time: a fourth is refused with 400 (errors.post) until one is unpinned. Pinning a pinned post "
            + "changes its end.")
    public PinView pin(@RestPath long id, PinInput input) {
        return new PinView(id, spotlight.pin(id, input == null ? null : input.until()));
    }

    @DELETE
    @RolesAllowed({ Role.MODERATOR_NAME, Role.HR_NAME })
    @Operation(summary = "Take a post out of the spotlight", description = "Idempotent.")
    public Response unpin(@RestPath long id) {
        spotlight.unpin(id);
        return Response.noContent().build();
    }
}
