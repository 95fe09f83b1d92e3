package app.bravo.posts;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import app.bravo.security.CurrentUser;
import app.bravo.security.Role;

/**
 * Resolved-complaint stories, customer praise and inspiration for API clients: the same rules as the forms.
 * Stories and praise wait for a moderator (status PENDING) and are visible to their author and moderators until
 * approved; a praise's customer contact is shown to moderators only.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Board")
public class StoriesApi {

    public record StoryView(long id, String status, long authorId, List<Long> recipientIds, List<Long> teamIds,
            List<Long> behaviourIds, String complaint, String story, String outcome, Integer resolutionMinutes,
            String customerQuote, Long ruleId, String ruleName, Instant publishedAt, int applause) {

        static StoryView of(ComplaintStory s) {
            return new StoryView(s.id, s.status.name(), s.author.id, ids(s.recipients), ids(s.teams),
                    ids(s.behaviours), s.complaint, s.story, s.outcome, s.resolutionMinutes, s.customerQuote,
                    s.rule == null ? null : s.rule.id, s.rule == null ? null : s.rule.name, s.publishedAt, s.applause);
        }
    }

    /** {@code customerName} is null unless the customer consented to be named; {@code customerContact} for moderators only. */
    public record PraiseView(long id, String status, long authorId, List<Long> recipientIds, List<Long> teamIds,
            List<Long> behaviourIds, String words, String channel, LocalDate receivedOn, String customerName,
            String customerContact, Instant publishedAt, int applause) {

        static PraiseView of(CustomerPraise p, boolean moderator) {
            return new PraiseView(p.id, p.status.name(), p.author.id, ids(p.recipients), ids(p.teams),
                    ids(p.behaviours), p.story, p.channel.name(), p.receivedOn, p.customerName,
                    moderator ? p.customerContact : null, p.publishedAt, p.applause);
        }
    }

    public record InspirationView(long id, String status, long authorId, List<Long> behaviourIds, String story,
            String source, String lesson, Instant publishedAt, int applause) {

        static InspirationView of(Inspiration i) {
            return new InspirationView(i.id, i.status.name(), i.author.id, ids(i.behaviours), i.story, i.source,
                    i.lesson, i.publishedAt, i.applause);
        }
    }

    @Inject
    PostService posts;

    @Inject
    CurrentUser currentUser;

    // Resolved-complaint stories

    @POST
    @Path("complaint-stories")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "Tell a resolved-complaint story", description = "Waits for a moderator before the board "
            + "shows it. Never name the customer. ruleId picks a rule that got in the way; newRule names one.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "story", value = """
            {"recipientIds": [12], "teamIds": [3], "behaviourIds": [1], "complaint": "Charged twice for one order",
             "story": "Marko found the duplicate in the billing run and refunded it the same day.",
             "outcome": "Refund within a day; the customer stayed", "resolutionMinutes": 480,
             "customerQuote": "Quicker than I expected!", "newRule": "Refunds only after the monthly close"}""")))
    public Response createStory(@Valid @NotNull ComplaintStoryInput input) {
        ComplaintStory story = posts.tellStory(currentUser.getId(), input);
        return Response.created(URI.create("/api/complaint-stories/" + story.id)).entity(StoryView.of(story)).build();
    }

    @GET
    @Path("complaint-stories/{id}")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public StoryView getStory(@RestPath long id) {
        return StoryView.of(posts.visible(ComplaintStory.class, id, currentUser.getId(), currentUser.isModerator()));
    }

    @PUT
    @Path("complaint-stories/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "Change a story", description = "Its author within 24 hours (it goes back to the "
            + "moderators), a moderator at any time.")
    public StoryView updateStory(@RestPath long id, @Valid @NotNull ComplaintStoryInput input) {
        return StoryView.of(posts.updateStory(id, currentUser.getId(), currentUser.isModerator(), input));
    }

    // Customer praise

    @POST
    @Path("praise")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "Add a customer's praise", description = "Waits for a moderator. customerName only with "
            + "consent: true (otherwise the board says \"a customer\"); customerContact is seen by moderators only.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "praise", value = """
            {"recipientIds": [12], "teamIds": [], "words": "Ana explained everything patiently. Thank you!",
             "channel": "EMAIL", "receivedOn": "2026-12-01", "customerName": "Mira K.", "consent": true,
             "customerContact": "mira@example.com"}""")))
    public Response createPraise(@Valid @NotNull CustomerPraiseInput input) {
        CustomerPraise praise = posts.praise(currentUser.getId(), input);
        return Response.created(URI.create("/api/praise/" + praise.id))
                .entity(PraiseView.of(praise, currentUser.isModerator())).build();
    }

    @GET
    @Path("praise/{id}")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public PraiseView getPraise(@RestPath long id) {
        return PraiseView.of(posts.visible(CustomerPraise.class, id, currentUser.getId(), currentUser.isModerator()),
                currentUser.isModerator());
    }

    @PUT
    @Path("praise/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public PraiseView updatePraise(@RestPath long id, @Valid @NotNull CustomerPraiseInput input) {
        return PraiseView.of(posts.updatePraise(id, currentUser.getId(), currentUser.isModerator(), input),
                currentUser.isModerator());
    }

    @POST
    @Path("praise/{id}/anonymise")
    @RolesAllowed({ Role.MODERATOR_NAME, Role.HR_NAME })
    @Tag(name = "Moderation")
    @Operation(summary = "Strip a praise's customer name and contact", description = "Moderators and HR.")
    public PraiseView anonymise(@RestPath long id) {
        return PraiseView.of(posts.anonymise(id), true);
    }

    // Inspiration

    @POST
    @Path("inspiration")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "Share an example of service from outside", description = "Published at once.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "inspiration", value = """
            {"behaviourIds": [2], "story": "The city library texts you the day before a book is due.",
             "source": "City library", "lesson": "Remind customers before a deadline, not after it."}""")))
    public Response createInspiration(@Valid @NotNull InspirationInput input) {
        Inspiration inspiration = posts.inspire(currentUser.getId(), input);
        return Response.created(URI.create("/api/inspiration/" + inspiration.id))
                .entity(InspirationView.of(inspiration)).build();
    }

    @GET
    @Path("inspiration/{id}")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public InspirationView getInspiration(@RestPath long id) {
        return InspirationView.of(posts.visible(Inspiration.class, id, currentUser.getId(), currentUser.isModerator()));
    }

    @PUT
    @Path("inspiration/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public InspirationView updateInspiration(@RestPath long id, @Valid @NotNull InspirationInput input) {
        return InspirationView.of(posts.updateInspiration(id, currentUser.getId(), currentUser.isModerator(), input));
    }

    /** Takes any post off the board: its author within 24 hours, a moderator at any time. */
    @DELETE
    @Path("posts/{id}")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response delete(@RestPath long id) {
        posts.delete(id, currentUser.getId(), currentUser.isModerator());
        return Response.noContent().build();
    }

    private static List<Long> ids(java.util.Collection<? extends io.quarkus.hibernate.orm.panache.PanacheEntity> entities) {
        return entities.stream().map(e -> e.id).sorted().toList();
    }
}
