package app.bravo.awards;

import java.util.List;

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
import org.jboss.resteasy.reactive.RestQuery;

import app.bravo.awards.AwardForms.NominateForm;
import app.bravo.people.PeopleSearch;
import app.bravo.people.Person;
import app.bravo.people.Team;
import app.bravo.posts.Post;
import app.bravo.posts.Recognition;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.web.BadInputException;
import app.bravo.web.Flash;
import app.bravo.web.FormErrors;
import app.bravo.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A round's page (phase, categories, nominations with their citations; HR's phase, shortlist and withdraw
 * controls) and the nomination form. Forms post, then 303 with a flash; a refused nomination shows the form
 * again (400) with the field marked.
 */
@Path("/awards/rounds")
@Produces(MediaType.TEXT_HTML)
public class RoundsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Round round, List<RoundPages.CategoryBlock> categories, boolean hr,
                List<Timed> schedule, String zone);

        static native TemplateInstance nominate(Round round, List<Category> categories, NominateForm form,
                FormErrors errors, List<Person> people, List<Team> teams, Recognition post);
    }

    /** A scheduled move: the phase the round enters, and when, in the organisation's time zone. */
    @io.quarkus.qute.TemplateData
    public record Timed(Phase phase, String when) {
    }

    @Inject
    RoundService rounds;

    @Inject
    app.bravo.config.BravoConfig config;

    @Inject
    NominationService nominations;

    @Inject
    CurrentUser currentUser;

    @Inject
    Forms forms;

    @GET
    @Path("{id}")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance show(@RestPath long id) {
        Round round = visible(id);
        return Templates.show(round, RoundPages.blocks(round, currentUser.isHr()), currentUser.isHr(),
                schedule(round), config.timeZone().getId());
    }

    @POST
    @Path("{id}/phase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HR_NAME)
    public Response move(@RestPath long id, @RestForm String from, @RestForm String to) {
        RoundService.requireRound(id);
        AwardMessages m = forms.messages(AwardMessages.class);
        try {
            rounds.move(id, AwardForms.parse(Phase.class, from), AwardForms.parse(Phase.class, to));
            return Flash.redirect("/awards/rounds/" + id, m.phase_moved());
        } catch (PhaseConflictException e) {
            return Flash.redirect("/awards/rounds/" + id, forms.text(e.text()));
        } catch (BadInputException e) {
            return Flash.redirect("/awards/rounds/" + id, forms.text(e.first()));
        }
    }

    @POST
    @Path("{id}/shortlist")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HR_NAME)
    public Response shortlist(@RestPath long id, @RestForm String categoryId, @RestForm List<String> nominationIds) {
        RoundService.requireRound(id);
        Long category = Forms.parseId(categoryId);
        try {
            if (category == null) {
                throw new NotFoundException();
            }
            rounds.shortlist(id, category, AwardForms.ids(nominationIds));
            return Flash.redirect("/awards/rounds/" + id, forms.messages(AwardMessages.class).shortlist_saved());
        } catch (PhaseConflictException e) {
            return Flash.redirect("/awards/rounds/" + id, forms.text(e.text()));
        } catch (BadInputException e) {
            return Flash.redirect("/awards/rounds/" + id, forms.text(e.first()));
        }
    }

    @POST
    @Path("{id}/nominations/{nominationId}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HR_NAME)
    public Response withdraw(@RestPath long id, @RestPath long nominationId, @RestForm String reason) {
        try {
            rounds.withdraw(id, nominationId, reason);
            return Flash.redirect("/awards/rounds/" + id, forms.messages(AwardMessages.class).withdrawn());
        } catch (PhaseConflictException e) {
            return Flash.redirect("/awards/rounds/" + id, forms.text(e.text()));
        } catch (BadInputException e) {
            return Flash.redirect("/awards/rounds/" + id, forms.text(e.first()));
        }
    }

    @GET
    @Path("{id}/nominate")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response nominateForm(@RestPath long id, @RestQuery String post, @RestQuery String q) {
        Round round = visible(id);
        if (round.phase != Phase.NOMINATING) {
            return Flash.redirect("/awards/rounds/" + id, forms.messages(AwardMessages.class).error_not_nominating());
        }
        NominateForm form = new NominateForm();
        form.postId = post;
        form.q = q;
        return Response.ok(nominatePage(round, form, FormErrors.none())).build();
    }

    @POST
    @Path("{id}/nominate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response nominate(@RestPath long id, @BeanParam NominateForm form) {
        Round round = visible(id);
        NominationInput input = form.toInput();
        FormErrors errors = forms.validate(input);
        if (errors.isEmpty()) {
            try {
                NominationService.Outcome outcome = nominations.nominate(id, currentUser.getId(), input);
                AwardMessages m = forms.messages(AwardMessages.class);
                return Flash.redirect("/awards/rounds/" + id + "#nomination-" + outcome.nominationId(),
                        outcome.newCitation() ? m.nominated() : m.nomination_edited());
            } catch (BadInputException e) {
                errors = forms.errors(e);
            } catch (PhaseConflictException e) {
                return Flash.redirect("/awards/rounds/" + id, forms.text(e.text()));
            }
        }
        return Response.status(400).entity(nominatePage(round, form, errors)).build();
    }

    private TemplateInstance nominatePage(Round round, NominateForm form, FormErrors errors) {
        Long postId = Forms.parseId(form.postId);
        Recognition post = postId == null ? null : Recognition.findById(postId);
        if (post != null && post.status != Post.Status.APPROVED) {
            post = null;
        }
        // People are searched for (a page of matches), never listed whole: the directory may hold 100,000.
        List<Person> people = new java.util.ArrayList<>();
        if (post != null) {
            people.addAll(post.recipients);
        } else {
            Long chosen = form.nominee != null && form.nominee.startsWith("person:")
                    ? Forms.parseId(form.nominee.substring(7)) : null;
            Person already = chosen == null ? null : Person.findById(chosen);
            if (already != null) {
                people.add(already);
            }
            if (form.q != null && !form.q.isBlank()) {
                PeopleSearch.page(PeopleSearch.Criteria.of(form.q, false), null, null, 20).items().stream()
                        .filter(p -> !people.contains(p)).forEach(people::add);
            }
        }
        List<Team> teams = post != null ? List.copyOf(post.teams) : Team.listActive();
        return Templates.nominate(round, RoundService.activeCategories(round), form, errors, people, teams, post);
    }

    private List<Timed> schedule(Round round) {
        java.time.Instant[] times = { round.nominatingAt, round.shortlistingAt, round.votingAt, round.closingAt,
                round.announcingAt };
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        List<Timed> timed = new java.util.ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            if (times[i] != null) {
                timed.add(new Timed(Phase.values()[i + 1], times[i].atZone(config.timeZone()).format(format)));
            }
        }
        return timed;
    }

    private Round visible(long id) {
        Round round = RoundService.requireRound(id);
        if (round.phase == Phase.DRAFT && !currentUser.isHr()) {
            throw new NotFoundException();
        }
        return round;
    }
}
