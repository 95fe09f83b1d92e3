package app.bravo.moderation;

import java.time.Instant;

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
import org.jboss.resteasy.reactive.RestQuery;

import app.bravo.config.BravoConfig;
import app.bravo.i18n.CurrentLocale;
import app.bravo.i18n.RelativeTimes;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.web.Flash;
import app.bravo.web.FormErrors;
import app.bravo.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The moderation queue for moderators and HR: pending posts to approve or reject (with a reason), open reports
 * to dismiss or act on. Each decision posts a form, then 303 back to the queue with a flash; a moderator who
 * came second is told so. A rejection without a reason shows the queue again (400) with the field marked.
 */
@Path("/moderation")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.MODERATOR_NAME, Role.HR_NAME })
public class ModerationResource {

    @CheckedTemplate
    static class Templates {
        /** {@code rejectFor}: the post whose rejection was refused, to show its reason field with the error. */
        static native TemplateInstance queue(ModerationQueue.Page queue, boolean firstPending, boolean firstReports,
                Long rejectFor, String reason, FormErrors errors);
    }

    @Inject
    ModerationService moderation;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale currentLocale;

    @Inject
    Forms forms;

    @Inject
    BravoConfig config;

    @GET
    public TemplateInstance queue(@RestQuery String after, @RestQuery String reportsAfter) {
        return page(Forms.parseId(after), Forms.parseId(reportsAfter), null, null, FormErrors.none());
    }

    @POST
    @Path("posts/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@RestPath long id, @RestForm String seen) {
        return decide(() -> moderation.approve(id, instant(seen)), messages().approved());
    }

    @POST
    @Path("posts/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@RestPath long id, @RestForm String reason) {
        RejectInput input = RejectInput.typed(reason);
        FormErrors errors = forms.validate(input);
        if (!errors.isEmpty()) {
            // The queue again from this post, so its form shows the error whichever page it was on.
            return Response.status(400).entity(page(id, null, id, reason, errors)).build();
        }
        return decide(() -> moderation.reject(id, input), messages().rejected());
    }

    @POST
    @Path("reports/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dismiss(@RestPath long id) {
        return decide(() -> moderation.dismiss(id), messages().dismissed());
    }

    @POST
    @Path("reports/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestPath long id) {
        return decide(() -> moderation.remove(id), messages().removed());
    }

    /** Back to the queue, saying what happened, or that another moderator was quicker. */
    private Response decide(Runnable decision, String done) {
        try {
            decision.run();
        } catch (AlreadyDecidedException e) {
            return Flash.redirect("/moderation", forms.text(e.text()));
        }
        return Flash.redirect("/moderation", done);
    }

    private TemplateInstance page(Long after, Long reportsAfter, Long rejectFor, String reason, FormErrors errors) {
        Instant now = Instant.now();
        String language = currentLocale.getCode();
        ModerationQueue.Page queue = ModerationQueue.page(after, rejectFor != null, reportsAfter, config.pageSize(),
                currentUser.getId(), currentUser.isModerator(), now,
                then -> RelativeTimes.ago(then, now, language, config.timeZone()));
        return Templates.queue(queue, after == null, reportsAfter == null, rejectFor, reason, errors);
    }

    /** The post's last change as the queue page showed it; null (publish what is pending) when missing or odd. */
    static Instant instant(String text) {
        try {
            return text == null || text.isBlank() ? null : Instant.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private ModerationMessages messages() {
        return forms.messages(ModerationMessages.class);
    }
}
