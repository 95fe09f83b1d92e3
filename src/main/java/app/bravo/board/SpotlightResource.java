package app.bravo.board;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import app.bravo.posts.Post;
import app.bravo.security.Role;
import app.bravo.web.BadInputException;
import app.bravo.web.Flash;
import app.bravo.web.FormErrors;
import app.bravo.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Pinning from the board: each card has a small form for moderators and HR. A refused pin (a full spotlight, a
 * day out of range) shows this post's pin form again with the reason.
 */
@Path("/posts/{id}/pin")
@Produces(MediaType.TEXT_HTML)
public class SpotlightResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pin(long postId, String until, FormErrors errors);
    }

    @Inject
    SpotlightService spotlight;

    @Inject
    Forms forms;

    /** The pin form on its own page (also where a login after an expired session lands). */
    @GET
    @RolesAllowed({ Role.MODERATOR_NAME, Role.HR_NAME })
    public TemplateInstance form(@RestPath long id) {
        Post post = Post.findById(id);
        if (post == null || post.status != Post.Status.APPROVED) {
            throw new NotFoundException();
        }
        return Templates.pin(id, "", FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Role.MODERATOR_NAME, Role.HR_NAME })
    public Response pin(@RestPath long id, @RestForm String until) {
        try {
            Instant end = spotlight.pin(id, day(until));
            return Flash.redirect("/#spotlight-" + id,
                    forms.messages(BoardMessages.class).pinned(spotlight.lastDay(end)));
        } catch (BadInputException e) {
            return Response.status(400).entity(Templates.pin(id, until == null ? "" : until, forms.errors(e)))
                    .build();
        }
    }

    @POST
    @Path("remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Role.MODERATOR_NAME, Role.HR_NAME })
    public Response unpin(@RestPath long id) {
        spotlight.unpin(id);
        return Flash.redirect("/#post-" + id, forms.messages(BoardMessages.class).unpinned());
    }

    /** A day as a date field sends it (2026-12-24); empty means the default length, anything else is refused. */
    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadInputException("until", app.bravo.i18n.Text.of(BoardMessages.class, m -> m.error_pin_date()));
        }
    }
}
