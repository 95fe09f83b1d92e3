package app.bravo.posts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import io.quarkus.security.ForbiddenException;

/**
 * The forms for resolved-complaint stories, customer praise and inspiration: form → input record →
 * {@link PostService} → 303 with a flash, or the form again (400) with the fields marked. Without JavaScript,
 * "Find" posts the form to {@code …/find}, which shows it again with the colleagues found and nothing lost.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StoriesResource {

    /** What every one of these forms shows besides its own fields. */
    public record Choices(List<Person> chosen, List<Person> found, String q, List<Team> teams,
            List<Behaviour> behaviours) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance story(Long postId, ComplaintStoryForm form, FormErrors errors, Choices choices,
                List<ServiceRule> rules, List<String> units);

        static native TemplateInstance praise(Long postId, CustomerPraiseForm form, FormErrors errors,
                Choices choices, List<String> channels, LocalDate today, boolean moderates);

        static native TemplateInstance inspiration(Long postId, InspirationForm form, FormErrors errors,
                Choices choices);
    }

    @Inject
    PostService posts;

    @Inject
    Forms forms;

    @Inject
    CurrentUser currentUser;

    @Inject
    BravoConfig config;

    // Resolved-complaint stories

    @GET
    @Path("stories/new")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance newStory() {
        return story(null, new ComplaintStoryForm(), FormErrors.none());
    }

    @POST
    @Path("stories/find")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance findForStory(@BeanParam ComplaintStoryForm form, @RestForm String postId) {
        return story(Forms.parseId(postId), form, FormErrors.none());
    }

    @POST
    @Path("stories")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response tellStory(@BeanParam ComplaintStoryForm form) {
        return save(form.toInput(), in -> posts.tellStory(currentUser.getId(), in),
                errors -> story(null, form, errors));
    }

    @GET
    @Path("stories/{id}/edit")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance editStory(@RestPath long id) {
        return story(id, ComplaintStoryForm.of(changeable(ComplaintStory.class, id)), FormErrors.none());
    }

    @POST
    @Path("stories/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response updateStory(@RestPath long id, @BeanParam ComplaintStoryForm form) {
        changeable(ComplaintStory.class, id);
        return save(form.toInput(), in -> posts.updateStory(id, currentUser.getId(), currentUser.isModerator(),
                in), errors -> story(id, form, errors));
    }

    // Customer praise

    @GET
    @Path("praise/new")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance newPraise() {
        CustomerPraiseForm form = new CustomerPraiseForm();
        form.receivedOn = LocalDate.now(config.timeZone()).toString();
        return praise(null, form, FormErrors.none());
    }

    @POST
    @Path("praise/find")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance findForPraise(@BeanParam CustomerPraiseForm form, @RestForm String postId) {
        return praise(Forms.parseId(postId), form, FormErrors.none());
    }

    @POST
    @Path("praise")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response addPraise(@BeanParam CustomerPraiseForm form) {
        return save(form.toInput(), in -> posts.praise(currentUser.getId(), in),
                errors -> praise(null, form, errors));
    }

    @GET
    @Path("praise/{id}/edit")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance editPraise(@RestPath long id) {
        return praise(id, CustomerPraiseForm.of(changeable(CustomerPraise.class, id)), FormErrors.none());
    }

    @POST
    @Path("praise/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response updatePraise(@RestPath long id, @BeanParam CustomerPraiseForm form) {
        changeable(CustomerPraise.class, id);
        return save(form.toInput(), in -> posts.updatePraise(id, currentUser.getId(), currentUser.isModerator(),
                in), errors -> praise(id, form, errors));
    }

    // Inspiration

    @GET
    @Path("inspiration/new")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance newInspiration() {
        return inspiration(null, new InspirationForm(), FormErrors.none());
    }

    @POST
    @Path("inspiration")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response addInspiration(@BeanParam InspirationForm form) {
        return save(form.toInput(), in -> posts.inspire(currentUser.getId(), in),
                errors -> inspiration(null, form, errors));
    }

    @GET
    @Path("inspiration/{id}/edit")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance editInspiration(@RestPath long id) {
        return inspiration(id, InspirationForm.of(changeable(Inspiration.class, id)), FormErrors.none());
    }

    @POST
    @Path("inspiration/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response updateInspiration(@RestPath long id, @BeanParam InspirationForm form) {
        changeable(Inspiration.class, id);
        return save(form.toInput(), in -> posts.updateInspiration(id, currentUser.getId(),
                currentUser.isModerator(), in), errors -> inspiration(id, form, errors));
    }

    /** Strips a praise's customer name and contact (moderators and HR, from the praise's edit page). */
    @POST
    @Path("posts/{id}/anonymise")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Role.MODERATOR_NAME, Role.HR_NAME })
    public Response anonymise(@RestPath long id) {
        posts.anonymise(id);
        return Flash.redirect("/praise/" + id + "/edit", forms.messages(PostMessages.class).anonymised());
    }

    /** Takes any kind of post off the board: its author within the window, or a moderator. */
    @POST
    @Path("posts/{id}/delete")
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

    /**
     * Validates the input, then writes it: 303 to the board (on the post when it is there at once; with a word
     * that moderators look first otherwise), or the form again with the fields marked.
     */
    private <I> Response save(I input, Function<I, Post> write, Function<FormErrors, TemplateInstance> formAgain) {
        FormErrors errors = forms.validate(input);
        if (errors.isEmpty()) {
            try {
                Post post = write.apply(input);
                PostMessages messages = forms.messages(PostMessages.class);
                if (post.status == Post.Status.PENDING) {
                    return Flash.redirect("/", messages.sent_to_moderation());
                }
                return Flash.redirect("/#post-" + post.id, messages.saved());
            } catch (BadInputException e) {
                errors = forms.errors(e);
            }
        }
        return Response.status(400).entity(formAgain.apply(errors)).build();
    }

    /** The post, if the current user may change it now (its author within the window, or a moderator). */
    private <P extends Post> P changeable(Class<P> type, long id) {
        P post = Post.getEntityManager().find(type, id);
        if (post == null || post.status == Post.Status.REMOVED) {
            throw new NotFoundException();
        }
        if (!posts.mayChange(post, currentUser.getId(), currentUser.isModerator(), Instant.now())) {
            throw new ForbiddenException();
        }
        return post;
    }

    private TemplateInstance story(Long postId, ComplaintStoryForm form, FormErrors errors) {
        return Templates.story(postId, form, errors, choices(form), ServiceRule.listOffered(Forms.parseId(form.ruleId)),
                java.util.Arrays.stream(ComplaintStoryForm.Unit.values()).map(Enum::name).toList());
    }

    private TemplateInstance praise(Long postId, CustomerPraiseForm form, FormErrors errors) {
        return Templates.praise(postId, form, errors, choices(form),
                java.util.Arrays.stream(CustomerPraise.Channel.values()).map(Enum::name).toList(),
                LocalDate.now(config.timeZone()), currentUser.isModerator() || currentUser.isHr());
    }

    private TemplateInstance inspiration(Long postId, InspirationForm form, FormErrors errors) {
        return Templates.inspiration(postId, form, errors, choices(form));
    }

    private Choices choices(PostForm form) {
        List<Long> chosenIds = PostForm.ids(form.recipientIds);
        List<Person> chosen = chosenIds.isEmpty() ? List.of()
                : Person.list("id in ?1 and active = true order by fullName", chosenIds);
        String q = form.q == null ? "" : form.q.trim();
        List<Person> found = q.isEmpty() ? List.of()
                : PeopleSearch.page(PeopleSearch.Criteria.of(q, false), null, null,
                        RecognitionsResource.RECIPIENT_MATCHES).items().stream()
                        .filter(p -> !chosenIds.contains(p.id)).toList();
        return new Choices(chosen, found, q, Team.listActive(), Behaviour.listActive());
    }
}
