package app.bravo.board;

import java.net.URI;
import java.time.Instant;
import java.util.function.Function;

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
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import app.bravo.config.BravoConfig;
import app.bravo.i18n.CurrentLocale;
import app.bravo.i18n.RelativeTimes;
import app.bravo.posts.Comment;
import app.bravo.posts.CommentInput;
import app.bravo.posts.CommentService;
import app.bravo.posts.CommentThread;
import app.bravo.posts.Post;
import app.bravo.posts.PostMessages;
import app.bravo.posts.ReportInput;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.web.Flash;
import app.bravo.web.FormErrors;
import app.bravo.web.Forms;
import app.bravo.web.Slice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A post on its own page with its congratulations (write one, delete your own) and the report forms, and
 * "My posts": what the reader posted, pending and rejected ones included. Forms post, then 303 with a flash;
 * bad input shows the page again (400) with the field marked and the text kept.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PostResource {

    @CheckedTemplate
    static class Templates {
        /** {@code reportPost}/{@code reportComment}: which report form was sent, to open it with its error. */
        static native TemplateInstance show(BoardQuery.Card card, String rejectionReason,
                Slice<CommentThread.Entry> comments, boolean firstPage, String body, String reason,
                boolean reportPost, Long reportComment, FormErrors errors);

        /** htmx: the new comment for the end of the list, and an empty form in place of the sent one. */
        static native TemplateInstance added(CommentThread.Entry entry, FormErrors errors);

        /** htmx: the form again with its error, in place of the sent one. */
        static native TemplateInstance refused(long postId, String body, FormErrors errors);

        static native TemplateInstance mine(Slice<PostPages.Own> posts, boolean firstPage);
    }

    @Inject
    CommentService comments;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale currentLocale;

    @Inject
    Forms forms;

    @Inject
    BravoConfig config;

    @GET
    @Path("posts/{id}")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance show(@RestPath long id, @RestQuery String after) {
        return page(id, Forms.parseId(after), null, null, false, null, FormErrors.none());
    }

    @GET
    @Path("posts/mine")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance mine(@RestQuery String after) {
        Long cursor = Forms.parseId(after);
        return Templates.mine(PostPages.byAuthor(currentUser.getId(), cursor, config.pageSize(),
                currentUser.isModerator(), Instant.now(), ago()), cursor == null);
    }

    /** A congratulation: htmx adds it to the list in place; a plain form post returns to it on the post page. */
    @POST
    @Path("posts/{id}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response comment(@RestPath long id, @RestForm String body, @RestHeader("HX-Request") boolean htmx) {
        CommentInput input = CommentInput.typed(body);
        FormErrors errors = forms.validate(input);
        if (!errors.isEmpty()) {
            if (htmx) {
                // htmx swaps only 2xx answers: the form with its error replaces the one that was sent.
                return Response.ok(Templates.refused(id, body, errors)).header("HX-Retarget", "#comment-form")
                        .header("HX-Reswap", "outerHTML").build();
            }
            return Response.status(400).entity(page(id, null, body, null, false, null, errors)).build();
        }
        Comment comment = comments.comment(id, currentUser.getId(), input);
        if (htmx) {
            return Response.ok(Templates.added(CommentThread.written(comment, id, currentUser.getId(),
                    currentUser.getName(), ago()), FormErrors.none())).build();
        }
        return Flash.redirect("/posts/" + id + "#comment-" + comment.id, messages().comment_added());
    }

    @POST
    @Path("comments/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response deleteComment(@RestPath long id) {
        long postId = comments.delete(id, currentUser.getId(), currentUser.isModerator());
        return Flash.redirect("/posts/" + postId + "#comments", messages().comment_deleted());
    }

    @POST
    @Path("posts/{id}/report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response reportPost(@RestPath long id, @RestForm String reason) {
        return report(id, null, reason);
    }

    @POST
    @Path("comments/{id}/report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response reportComment(@RestPath long id, @RestForm String reason) {
        return report(CommentService.postOf(id), id, reason);
    }

    private Response report(long postId, Long commentId, String reason) {
        ReportInput input = ReportInput.typed(reason);
        FormErrors errors = forms.validate(input);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(page(postId, null, null, reason, commentId == null, commentId,
                    errors)).build();
        }
        boolean reported = comments.report(postId, commentId, currentUser.getId(), input);
        String anchor = commentId == null ? "" : "#comment-" + commentId;
        return Flash.redirect("/posts/" + postId + anchor,
                reported ? messages().report_sent() : messages().report_already_sent());
    }

    private TemplateInstance page(long id, Long after, String body, String reason, boolean reportPost,
            Long reportComment, FormErrors errors) {
        boolean moderating = currentUser.isModerator();
        Post post = CommentService.readable(id, currentUser.getId(), moderating);
        Instant now = Instant.now();
        Function<Instant, String> ago = ago();
        BoardQuery.Card card = BoardQuery.cards(java.util.List.of(post), currentUser.getId(),
                currentUser.isModerator(), now, ago).get(0);
        Slice<CommentThread.Entry> thread = CommentThread.page(id, after, config.pageSize(), currentUser.getId(),
                moderating, ago);
        return Templates.show(card, post.author.id.equals(currentUser.getId()) || moderating ? post.rejectionReason
                : null, thread, after == null, body, reason, reportPost, reportComment, errors);
    }

    private Function<Instant, String> ago() {
        Instant now = Instant.now();
        String language = currentLocale.getCode();
        return then -> RelativeTimes.ago(then, now, language, config.timeZone());
    }

    private PostMessages messages() {
        return forms.messages(PostMessages.class);
    }
}
