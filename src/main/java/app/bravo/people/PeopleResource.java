package app.bravo.people;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
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

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

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

/** Directory pages: search, profile, and HR's create, edit and import. */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
public class PeopleResource {

    /** Largest staff file accepted; it holds the {@link StaffImport#MAX_ROWS} rows at about 100 bytes a row. */
    static final long MAX_IMPORT_BYTES = 10L * 1024 * 1024;

    @TemplateData
    public record RoleOption(String name, String label) {
    }

    /** A problem of one line of a staff file, in the reader's language. */
    @TemplateData
    public record ImportLine(long line, String message) {
    }

    @TemplateData
    public record ImportOutcome(int created, int updated, int unchanged, int teamsCreated, int teamsMoved,
            List<ImportLine> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Slice<Person> people, PeopleSearch.Count count, String q, boolean inactive,
                String pageBase);

        static native TemplateInstance list$results(Slice<Person> people, PeopleSearch.Count count, String q,
                String pageBase);

        static native TemplateInstance show(Person person, String roleName);

        static native TemplateInstance form(Long personId, PersonForm form, FormErrors errors, List<Team> teams,
                List<RoleOption> roles);

        static native TemplateInstance importForm(ImportOutcome result, String fileError, int maxRows);
    }

    @Inject
    DirectoryService directory;

    @Inject
    StaffImport staffImport;

    @Inject
    Forms forms;

    @Inject
    BravoConfig config;

    @Inject
    CurrentUser currentUser;

    @Inject
    DirectoryCounts counts;

    @GET
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance list(@RestQuery String q, @RestQuery String after, @RestQuery String before,
            @RestQuery boolean inactive, @RestHeader("HX-Request") boolean htmx) {
        // Deactivated people are HR's to see: anyone else asking for them gets the active ones.
        PeopleSearch.Criteria criteria = PeopleSearch.Criteria.of(q, inactive && currentUser.seesDeactivated());
        Slice<Person> people = PeopleSearch.page(criteria, Forms.parseId(after), Forms.parseId(before),
                config.pageSize());
        PeopleSearch.Count count = PeopleSearch.count(criteria, counts);
        String pageBase = "/people?q=" + java.net.URLEncoder.encode(criteria.text(), StandardCharsets.UTF_8)
                + (criteria.includeInactive() ? "&inactive=true" : "") + "&";
        if (htmx) {
            return Templates.list$results(people, count, criteria.text(), pageBase);
        }
        return Templates.list(people, count, criteria.text(), criteria.includeInactive(), pageBase);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance show(@RestPath long id) {
        Person person = DirectoryService.visiblePerson(id, currentUser.seesDeactivated());
        String roleName = Account.findByPerson(person).map(a -> roleLabel(a.roleValue())).orElse("—");
        return Templates.show(person, roleName);
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.HR_NAME)
    public TemplateInstance create() {
        return form(null, PersonForm.blank(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HR_NAME)
    public Response create(@BeanParam PersonForm form) {
        PersonInput input = form.toInput();
        FormErrors errors = forms.validate(input);
        if (!errors.isEmpty()) {
            return badForm(null, form, errors);
        }
        try {
            Person person = directory.createPerson(input);
            return Flash.redirect("/people/" + person.id, messages().people_created(person.fullName));
        } catch (BadInputException e) {
            return badForm(null, form, forms.errors(e));
        }
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Role.HR_NAME)
    public TemplateInstance edit(@RestPath long id) {
        Person person = DirectoryService.requirePerson(id);
        return form(person.id, PersonForm.of(person, Account.findByPerson(person).orElse(null)), FormErrors.none());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HR_NAME)
    public Response update(@RestPath long id, @BeanParam PersonForm form) {
        DirectoryService.requirePerson(id);
        PersonInput input = form.toInput();
        FormErrors errors = forms.validate(input);
        if (!errors.isEmpty()) {
            return badForm(id, form, errors);
        }
        try {
            Person person = directory.updatePerson(id, input);
            return Flash.redirect("/people/" + person.id, messages().people_saved(person.fullName));
        } catch (BadInputException e) {
            return badForm(id, form, forms.errors(e));
        }
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response sendPassword(@RestPath long id) {
        Person person = DirectoryService.requirePerson(id);
        try {
            directory.sendNewPassword(id);
        } catch (BadInputException e) {
            return Flash.redirect("/people/" + id, forms.text(e.first()));
        }
        return Flash.redirect("/people/" + id, messages().people_password_sent(person.email));
    }

    /** Where a login after an expired session lands when the form posted here. */
    @GET
    @Path("{id}/password")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response passwordLanding(@RestPath long id) {
        Person person = DirectoryService.visiblePerson(id, currentUser.seesDeactivated());
        return Response.seeOther(java.net.URI.create("/people/" + person.id)).build();
    }

    @GET
    @Path("import")
    @RolesAllowed(Role.HR_NAME)
    public TemplateInstance importForm() {
        return Templates.importForm(null, null, StaffImport.MAX_ROWS);
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.HR_NAME)
    public Response importFile(@RestForm("file") FileUpload file) throws IOException {
        PeopleMessages msg = messages();
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return Response.status(400).entity(Templates.importForm(null, msg.import_error_no_file(), StaffImport.MAX_ROWS)).build();
        }
        if (file.size() > MAX_IMPORT_BYTES) {
            return Response.status(400).entity(Templates.importForm(null, msg.import_error_too_large(), StaffImport.MAX_ROWS)).build();
        }
        StaffImport.Result result = staffImport.importCsv(Files.readAllBytes(file.uploadedFile()));
        if (!result.ok()) {
            return Response.status(400).entity(Templates.importForm(outcome(result), null, StaffImport.MAX_ROWS)).build();
        }
        return Flash.redirect("/people", done(result, msg));
    }

    private TemplateInstance form(Long id, PersonForm form, FormErrors errors) {
        List<RoleOption> roles = Arrays.stream(Role.values())
                .filter(r -> r != Role.ADMIN || currentUser.isAdmin() || Role.ADMIN.name().equals(form.role))
                .map(r -> new RoleOption(r.name(), roleLabel(r))).toList();
        Long currentTeam = Forms.parseId(form.teamId);
        List<Team> teams = Team.listSorted().stream().filter(t -> t.active || t.id.equals(currentTeam)).toList();
        return Templates.form(id, form, errors, teams, roles);
    }

    private Response badForm(Long id, PersonForm form, FormErrors errors) {
        return Response.status(400).entity(form(id, form, errors)).build();
    }

    private String roleLabel(Role role) {
        return RoleLabels.of(role, messages());
    }

    /** What an import did, teams included: a row whose person is unchanged may still have created or moved a team. */
    static String done(StaffImport.Result result, PeopleMessages msg) {
        String people = msg.import_done(result.created(), result.updated(), result.unchanged());
        return result.teamsCreated() + result.teamsMoved() == 0 ? people
                : people + " " + msg.import_done_teams(result.teamsCreated(), result.teamsMoved());
    }

    private ImportOutcome outcome(StaffImport.Result result) {
        return new ImportOutcome(result.created(), result.updated(), result.unchanged(), result.teamsCreated(),
                result.teamsMoved(), result.errors().stream()
                .map(e -> new ImportLine(e.line(), forms.text(e.message()))).toList());
    }

    private PeopleMessages messages() {
        return forms.messages(PeopleMessages.class);
    }
}
