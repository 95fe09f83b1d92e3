package app.bravo.posts;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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

import app.bravo.behaviours.Behaviour;
import app.bravo.config.BravoConfig;
import app.bravo.people.PeopleSearch;
import app.bravo.people.Person;
import app.bravo.people.Team;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.web.BadInputException;
import app.bravo.web.Flash;
import app.bravo.web.FormErrors;
import app.bravo.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Recognising a colleague: the form (colleagues found as you type), publishing, changing and taking it back,
 * and the applause on any post. Form → input record → {@link PostService} → 303 with a flash, or the form
 * again with the fields marked.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class RecognitionsResource {

    static final int RECIPIENT_MATCHES = 8;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Long postId, RecognitionForm form, FormErrors errors, List<Person> chosen,
                List<Person> found, String q, List<Team> teams, List<Behaviour> behaviours);

        static native TemplateInstance form$found(List<Person> found, String q);

        static native TemplateInstance applause(long id, int count, boolean applauded);
    }

    @Inject
    PostService posts;

    @Inject
    Forms forms;

    @Inject
    CurrentUser currentUser;

    @Inject
    BravoConfig config;

    /**
     * The empty form, or the form again after "Find" without JavaScript (the browser sends every field as a
     * query parameter, so nothing typed is lost). {@code to} starts it with a colleague chosen (profile pages).
     */
    @GET
    @Path("recognitions/new")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance create(@RestQuery String to, @RestQuery String q, @RestQuery List<String> recipientIds,
            @RestQuery String teamId, @RestQuery List<String> behaviourIds, @RestQuery String story,
            @RestQuery String caseReference, @RestQuery String internalService) {
        RecognitionForm form = RecognitionForm.blank();
        form.recipientIds = new ArrayList<>(recipientIds == null ? List.of() : recipientIds);
        if (to != null) {
            form.recipientIds.add(to);
        }
        form.teamId = teamId;
        form.behaviourIds = behaviourIds == null ? new ArrayList<>() : new ArrayList<>(behaviourIds);
        form.story = story;
        form.caseReference = caseReference;
        form.internalService = internalService;
        return form(null, form, FormErrors.none(), q);
    }

    /** Colleagues matching what is typed in the form's search, as boxes to tick (htmx). */
    @GET
    @Path("recognitions/recipients")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance recipients(@RestQuery String q) {
        return Templates.form$found(found(q), q == null ? "" : q.trim());
    }

    @POST
    @Path("recognitions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response publish(@BeanParam RecognitionForm form) {
        return save(null, form);
    }

    @GET
    @Path("recognitions/{id}/edit")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance edit(@RestPath long id) {
        Recognition recognition = changeable(id);
        return form(id, RecognitionForm.of(recognition), FormErrors.none(), null);
    }

    @POST
    @Path("recognitions/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response update(@RestPath long id, @BeanParam RecognitionForm form) {
        changeable(id);
        return save(id, form);
    }

    /** Publishes (no id) or changes a recognition: 303 to it on the board, or the form again with the fields marked. */
    private Response save(Long id, RecognitionForm form) {
        RecognitionInput input = form.toInput();
        FormErrors errors = forms.validate(input);
        if (errors.isEmpty()) {
            try {
                PostMessages messages = forms.messages(PostMessages.class);
                if (id == null) {
                    Recognition recognition = posts.recognise(currentUser.getId(), input);
                    return Flash.redirect("/#post-" + recognition.id, messages.recognised());
                }
                posts.update(id, currentUser.getId(), currentUser.isModerator(), input);
                return Flash.redirect("/#post-" + id, messages.saved());
            } catch (BadInputException e) {
                errors = forms.errors(e);
            }
        }
        return Response.status(400).entity(form(id, form, errors, null)).build();
    }

    @POST
    @Path("recognitions/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response delete(@RestPath long id) {
        try {
            posts.delete(id, currentUser.getId(), currentUser.isModerator());
        } catch (BadInputException e) {
            return Flash.redirect("/#post-" + id, forms.text(e.first()));
        }
        return Flash.redirect("/", forms.messages(PostMessages.class).deleted());
    }

    /** Applause on or off; htmx swaps the button, a plain form post returns to the post on the board. */
    @POST
    @Path("posts/{id}/applause")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response applaud(@RestPath long id, @RestForm String applaud,
            @org.jboss.resteasy.reactive.RestHeader("HX-Request") boolean htmx) {
        boolean on = !"false".equals(applaud);
        int count;
        try {
            count = posts.applaud(id, currentUser.getId(), on);
        } catch (jakarta.persistence.PersistenceException raced) {
            // The same person's other click got there first: the state asked for holds; read it.
            count = posts.applaud(id, currentUser.getId(), on);
        }
        if (htmx) {
            return Response.ok(Templates.applause(id, count, on)).build();
        }
        return Response.seeOther(URI.create("/#post-" + id)).build();
    }

    /** The recognition, if the current user may change it now (its author within the window, or a moderator). */
    private Recognition changeable(long id) {
        Recognition recognition = Recognition.findById(id);
        if (recognition == null || recognition.status == Post.Status.REMOVED) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        if (!posts.mayChange(recognition, currentUser.getId(), currentUser.isModerator(), java.time.Instant.now())) {
            throw new io.quarkus.security.ForbiddenException();
        }
        return recognition;
    }

    private TemplateInstance form(Long postId, RecognitionForm form, FormErrors errors, String q) {
        List<Long> chosenIds = form.recipientIds == null ? List.of()
                : form.recipientIds.stream().map(Forms::parseId).filter(Objects::nonNull).distinct().toList();
        List<Person> chosen = chosenIds.isEmpty() ? List.of()
                : Person.list("id in ?1 and active = true order by fullName", chosenIds);
        return Templates.form(postId, form, errors, chosen, q == null || q.isBlank() ? List.of() : found(q),
                q == null ? "" : q.trim(), Team.listActive(), Behaviour.listActive());
    }

    private List<Person> found(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return PeopleSearch.page(PeopleSearch.Criteria.of(q, false), null, null, RECIPIENT_MATCHES).items();
    }
}
