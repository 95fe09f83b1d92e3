package app.bravo.awards;

import java.util.List;

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

import org.jboss.resteasy.reactive.RestPath;

import app.bravo.awards.AwardForms.CategoryForm;
import app.bravo.awards.AwardForms.ProgrammeForm;
import app.bravo.awards.AwardForms.RoundForm;
import app.bravo.behaviours.Behaviour;
import app.bravo.config.BravoConfig;
import app.bravo.people.Department;
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
 * The awards overview for everyone (programmes, rounds, what you can do now) and HR's programme, category and
 * round forms. A round's own page is {@link RoundsResource}.
 */
@Path("/awards")
@Produces(MediaType.TEXT_HTML)
public class AwardsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Programme> programmes, List<Round> rounds);

        static native TemplateInstance programme(Programme programme, List<Round> rounds);

        static native TemplateInstance programmeForm(Long programmeId, ProgrammeForm form, FormErrors errors,
                List<String> emblems, List<Cadence> cadences);

        static native TemplateInstance categoryForm(Programme programme, Long categoryId, CategoryForm form,
                FormErrors errors, List<Behaviour> behaviours, List<Department> departments, List<Team> teams);

        static native TemplateInstance roundForm(Programme programme, RoundForm form, FormErrors errors, String zone);
    }

    @Inject
    ProgrammeService programmes;

    @Inject
    RoundService rounds;

    @Inject
    Forms forms;

    @Inject
    CurrentUser currentUser;

    @Inject
    BravoConfig config;

    @GET
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance index() {
        List<Round> visible = Round.<Round> list("order by createdAt desc, id desc").stream()
                .filter(r -> r.phase != Phase.DRAFT || currentUser.isHr()).limit(50).toList();
        return Templates.index(Programme.listByName(), visible);
    }

    @GET
    @Path("programmes/new")
    @RolesAllowed(Role.HR_NAME)
    public TemplateInstance newProgramme() {
        return programmeForm(null, ProgrammeForm.blank(), FormErrors.none());
    }

    @POST
    @Path("programmes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HR_NAME)
    public Response createProgramme(@BeanParam ProgrammeForm form) {
        return saveProgramme(null, form);
    }

    @GET
    @Path("programmes/{id}")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance programme(@RestPath long id) {
        Programme programme = ProgrammeService.requireProgramme(id);
        return Templates.programme(programme, Round.ofProgramme(id).stream()
                .filter(r -> r.phase != Phase.DRAFT || currentUser.isHr()).toList());
    }

    @GET
    @Path("programmes/{id}/edit")
    @RolesAllowed(Role.HR_NAME)
    public TemplateInstance editProgramme(@RestPath long id) {
        return programmeForm(id, ProgrammeForm.of(ProgrammeService.requireProgramme(id)), FormErrors.none());
    }

    @POST
    @Path("programmes/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HR_NAME)
    public Response updateProgramme(@RestPath long id, @BeanParam ProgrammeForm form) {
        ProgrammeService.requireProgramme(id);
        return saveProgramme(id, form);
    }

    private Response saveProgramme(Long id, ProgrammeForm form) {
        ProgrammeInput input = form.toInput();
        FormErrors errors = forms.validate(input);
        if (errors.isEmpty()) {
            try {
                Programme programme = id == null ? programmes.createProgramme(input)
                        : programmes.updateProgramme(id, input);
                return Flash.redirect("/awards/programmes/" + programme.id,
                        forms.messages(AwardMessages.class).programme_saved());
            } catch (BadInputException e) {
                errors = forms.errors(e);
            }
        }
        return Response.status(400).entity(programmeForm(id, form, errors)).build();
    }

    private static TemplateInstance programmeForm(Long id, ProgrammeForm form, FormErrors errors) {
        return Templates.programmeForm(id, form, errors, Emblems.KEYS, List.of(Cadence.values()));
    }

    @GET
    @Path("programmes/{id}/categories/new")
    @RolesAllowed(Role.HR_NAME)
    public TemplateInstance newCategory(@RestPath long id) {
        return categoryForm(ProgrammeService.requireProgramme(id), null, CategoryForm.blank(), FormErrors.none());
    }

    @POST
    @Path("programmes/{id}/categories")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HR_NAME)
    public Response createCategory(@RestPath long id, @BeanParam CategoryForm form) {
        return saveCategory(ProgrammeService.requireProgramme(id), null, form);
    }

    @GET
    @Path("programmes/{id}/categories/{categoryId}/edit")
    @RolesAllowed(Role.HR_NAME)
    public TemplateInstance editCategory(@RestPath long id, @RestPath long categoryId) {
        Category category = ProgrammeService.requireCategory(id, categoryId);
        return categoryForm(category.programme, categoryId, CategoryForm.of(category), FormErrors.none());
    }

    @POST
    @Path("programmes/{id}/categories/{categoryId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HR_NAME)
    public Response updateCategory(@RestPath long id, @RestPath long categoryId, @BeanParam CategoryForm form) {
        Category category = ProgrammeService.requireCategory(id, categoryId);
        return saveCategory(category.programme, categoryId, form);
    }

    private Response saveCategory(Programme programme, Long categoryId, CategoryForm form) {
        CategoryInput input = form.toInput();
        FormErrors errors = forms.validate(input);
        if (errors.isEmpty()) {
            try {
                if (categoryId == null) {
                    programmes.createCategory(programme.id, input);
                } else {
                    programmes.updateCategory(programme.id, categoryId, input);
                }
                return Flash.redirect("/awards/programmes/" + programme.id,
                        forms.messages(AwardMessages.class).category_saved());
            } catch (BadInputException e) {
                errors = forms.errors(e);
            }
        }
        return Response.status(400).entity(categoryForm(programme, categoryId, form, errors)).build();
    }

    private static TemplateInstance categoryForm(Programme programme, Long categoryId, CategoryForm form,
            FormErrors errors) {
        return Templates.categoryForm(programme, categoryId, form, errors, Behaviour.listVisible(false),
                Department.listSorted(), Team.listActive());
    }

    @GET
    @Path("programmes/{id}/rounds/new")
    @RolesAllowed(Role.HR_NAME)
    public TemplateInstance newRound(@RestPath long id) {
        return Templates.roundForm(ProgrammeService.requireProgramme(id), new RoundForm(), FormErrors.none(),
                config.timeZone().getId());
    }

    @POST
    @Path("programmes/{id}/rounds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HR_NAME)
    public Response createRound(@RestPath long id, @BeanParam RoundForm form) {
        Programme programme = ProgrammeService.requireProgramme(id);
        RoundInput input = form.toInput(id, config.timeZone());
        FormErrors errors = forms.validate(input);
        String invalid = forms.messages(app.bravo.web.WebMessages.class).error_invalid();
        form.unreadable().forEach(field -> errors.add(field, invalid));
        if (errors.isEmpty()) {
            try {
                Round round = rounds.create(input);
                return Flash.redirect("/awards/rounds/" + round.id, forms.messages(AwardMessages.class).round_saved());
            } catch (BadInputException e) {
                FormErrors refused = forms.errors(e);
                return Response.status(400).entity(Templates.roundForm(programme, form, refused,
                        config.timeZone().getId())).build();
            }
        }
        return Response.status(400).entity(Templates.roundForm(programme, form, errors, config.timeZone().getId()))
                .build();
    }
}
