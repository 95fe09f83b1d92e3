package app.bravo.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.jboss.resteasy.reactive.RestQuery;

import app.bravo.config.BravoConfig;

import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.web.BadInputException;
import app.bravo.web.Flash;
import app.bravo.web.FormErrors;
import app.bravo.web.Forms;
import app.bravo.web.Slice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

@Path("/teams")
@Produces(MediaType.TEXT_HTML)
public class TeamsResource {

    @TemplateData
    public record TeamRow(Team team, long members) {
    }

    @TemplateData
    public record DepartmentRow(String name, List<TeamRow> teams) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<DepartmentRow> departments);

        static native TemplateInstance show(Team team, Slice<Person> members, PeopleSearch.Count count,
                String pageBase);

        static native TemplateInstance form(Long teamId, TeamForm form, FormErrors errors);
    }

    @Inject
    DirectoryService directory;

    @Inject
    Forms forms;

    @Inject
    CurrentUser currentUser;

    @Inject
    DirectoryCounts counts;

    @Inject
    BravoConfig config;

    @GET
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance list() {
        Map<Long, Long> memberCounts = Team.activeMemberCounts();
        Map<String, DepartmentRow> departments = new LinkedHashMap<>();
        for (Team team : Team.listVisible(currentUser.seesDeactivated())) {
            departments.computeIfAbsent(team.department.name, name -> new DepartmentRow(name, new ArrayList<>()))
                    .teams().add(new TeamRow(team, memberCounts.getOrDefault(team.id, 0L)));
        }
        return Templates.list(List.copyOf(departments.values()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance show(@RestPath long id, @RestQuery String after, @RestQuery String before) {
        Team team = DirectoryService.visibleTeam(id, currentUser.seesDeactivated());
        PeopleSearch.Criteria members = PeopleSearch.Criteria.members(team.id);
        return Templates.show(team, PeopleSearch.page(members, Forms.parseId(after), Forms.parseId(before),
                config.pageSize()), PeopleSearch.count(members, counts), "/teams/" + team.id + "?");
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.HR_NAME)
    public TemplateInstance create() {
        return Templates.form(null, TeamForm.blank(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HR_NAME)
    public Response create(@BeanParam TeamForm form) {
        return save(null, form);
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Role.HR_NAME)
    public TemplateInstance edit(@RestPath long id) {
        Team team = DirectoryService.requireTeam(id);
        return Templates.form(team.id, TeamForm.of(team), FormErrors.none());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HR_NAME)
    public Response update(@RestPath long id, @BeanParam TeamForm form) {
        DirectoryService.requireTeam(id);
        return save(id, form);
    }

    private Response save(Long id, TeamForm form) {
        TeamInput input = form.toInput();
        FormErrors errors = forms.validate(input);
        if (errors.isEmpty()) {
            try {
                Team team = id == null ? directory.createTeam(input) : directory.updateTeam(id, input);
                return Flash.redirect("/teams/" + team.id, forms.messages(PeopleMessages.class).teams_saved(team.name));
            } catch (BadInputException e) {
                errors = forms.errors(e);
            }
        }
        return Response.status(400).entity(Templates.form(id, form, errors)).build();
    }
}
