package app.bravo.people;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import app.bravo.config.BravoConfig;
import app.bravo.i18n.CurrentLocale;
import app.bravo.i18n.Text;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.security.Scope;
import app.bravo.web.BadInputException;
import app.bravo.web.Forms;
import app.bravo.web.Slice;

/**
 * The directory for API clients (bearer token or HTTP Basic): people, teams and the staff-list import. Service
 * tokens with {@code directory:read} read it, with {@code directory:import} push the staff list.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class DirectoryApi {

    public record PersonView(long id, String fullName, String email, String jobTitle, Long teamId, String team,
            String department, boolean active, Role role) {

        /** The role is shown to HR only, as on the profile page. */
        static PersonView of(Person p, Account account) {
            return new PersonView(p.id, p.fullName, p.email, p.jobTitle, p.team == null ? null : p.team.id,
                    p.team == null ? null : p.team.name, p.team == null ? null : p.team.department.name, p.active,
                    account == null ? null : account.roleValue());
        }
    }

    public record TeamView(long id, String name, String department, boolean active, long members) {
        static TeamView of(Team t, java.util.Map<Long, Long> memberCounts) {
            return new TeamView(t.id, t.name, t.department.name, t.active, memberCounts.getOrDefault(t.id, 0L));
        }

        static TeamView of(Team t) {
            return new TeamView(t.id, t.name, t.department.name, t.active, t.memberCount());
        }
    }

    /**
     * A page of a list: {@code next} is the cursor of the following page ({@code ?after=…}), null on the last;
     * {@code total} counts at most {@link PeopleSearch#COUNT_CAP} matches of a search ({@code totalIsFloor}
     * then says there are more).
     */
    public record PageView<T>(List<T> items, int size, long total, boolean totalIsFloor, String next,
            String previous) {
    }

    /** {@code teamsCreated} and {@code teamsMoved} (to another department) count team changes, also of rows whose person is unchanged. */
    public record ImportView(int created, int updated, int unchanged, int teamsCreated, int teamsMoved,
            List<PeopleResource.ImportLine> errors) {
    }

    @Inject
    DirectoryService directory;

    @Inject
    StaffImport staffImport;

    @Inject
    BravoConfig config;

    @Inject
    CurrentLocale currentLocale;

    @Inject
    CurrentUser currentUser;

    @Inject
    DirectoryCounts counts;

    private PersonView view(Person person, Account account) {
        return PersonView.of(person, currentUser.isHr() ? account : null);
    }

    @GET
    @Path("people")
    @RolesAllowed({ Role.EMPLOYEE_NAME, Scope.DIRECTORY_READ_ROLE })
    @Operation(summary = "Search the directory", description = "Every word of q starts a word of the name, "
            + "e-mail, job title or team (or q is a whole e-mail address); by name, a page at a time: pass the "
            + "answer's next as after= for the following page. HR may add inactive=true.")
    public PageView<PersonView> people(@RestQuery String q, @RestQuery String after, @RestQuery String before,
            @RestQuery boolean inactive, @RestQuery Integer size) {
        int pageSize = size == null ? config.pageSize() : Math.min(Math.max(1, size), config.maxPageSize());
        PeopleSearch.Criteria criteria = PeopleSearch.Criteria.of(q, inactive && currentUser.seesDeactivated());
        Slice<Person> people = PeopleSearch.page(criteria, Forms.parseId(after), Forms.parseId(before), pageSize);
        PeopleSearch.Count count = PeopleSearch.count(criteria, counts);
        java.util.Map<Long, Account> accounts = new java.util.HashMap<>();
        if (currentUser.isHr() && !people.items().isEmpty()) {
            // Roles are HR's to see: one statement for the page's accounts, and none for anyone else.
            Account.<Account> list("person in ?1", people.items()).forEach(a -> accounts.put(a.person.id, a));
        }
        return new PageView<>(people.items().stream().map(p -> view(p, accounts.get(p.id))).toList(), pageSize,
                count.value(), count.more(), people.next(), people.previous());
    }

    @GET
    @Path("people/{id}")
    @RolesAllowed({ Role.EMPLOYEE_NAME, Scope.DIRECTORY_READ_ROLE })
    public PersonView person(@RestPath long id) {
        Person person = DirectoryService.visiblePerson(id, currentUser.seesDeactivated());
        return view(person, Account.findByPerson(person).orElse(null));
    }

    @POST
    @Path("people")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.HR_NAME)
    public Response createPerson(@Valid @NotNull PersonInput input) {
        Person person = directory.createPerson(input);
        return Response.created(URI.create("/api/people/" + person.id))
                .entity(view(person, Account.findByPerson(person).orElse(null))).build();
    }

    @PUT
    @Path("people/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.HR_NAME)
    public PersonView updatePerson(@RestPath long id, @Valid @NotNull PersonInput input) {
        Person person = directory.updatePerson(id, input);
        return view(person, Account.findByPerson(person).orElse(null));
    }

    @POST
    @Path("people/import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @RolesAllowed({ Role.HR_NAME, Scope.DIRECTORY_IMPORT_ROLE })
    @Operation(summary = "Import the staff list", description = "CSV name,email,team,department,role; all or nothing;"
            + " at most " + StaffImport.MAX_ROWS + " rows and 10 MB (" + PeopleResource.MAX_IMPORT_BYTES + " bytes)."
            + " Every change is in the audit log; the answer counts people added, updated and unchanged, and teams"
            + " created or moved to another department.")
    public Response importPeople(byte[] csv) {
        if (csv == null || csv.length == 0) {
            throw new BadInputException("file", Text.of(PeopleMessages.class, m -> m.import_error_no_file()));
        }
        if (csv.length > PeopleResource.MAX_IMPORT_BYTES) {
            throw new BadInputException("file", Text.of(PeopleMessages.class, m -> m.import_error_too_large()));
        }
        StaffImport.Result result = staffImport.importCsv(csv);
        ImportView view = new ImportView(result.created(), result.updated(), result.unchanged(),
                result.teamsCreated(), result.teamsMoved(), result.errors()
                .stream().map(e -> new PeopleResource.ImportLine(e.line(), currentLocale.text(e.message()))).toList());
        return Response.status(result.ok() ? 200 : 400).entity(view).build();
    }

    @GET
    @Path("teams")
    @RolesAllowed({ Role.EMPLOYEE_NAME, Scope.DIRECTORY_READ_ROLE })
    @Operation(summary = "The teams", description = "Active ones; HR may add all=true for deactivated ones.")
    public List<TeamView> teams(@RestQuery boolean all) {
        java.util.Map<Long, Long> memberCounts = Team.activeMemberCounts();
        return Team.listVisible(all && currentUser.seesDeactivated()).stream()
                .map(t -> TeamView.of(t, memberCounts)).toList();
    }

    @GET
    @Path("teams/{id}")
    @RolesAllowed({ Role.EMPLOYEE_NAME, Scope.DIRECTORY_READ_ROLE })
    public TeamView team(@RestPath long id) {
        return TeamView.of(DirectoryService.visibleTeam(id, currentUser.seesDeactivated()));
    }

    @POST
    @Path("teams")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.HR_NAME)
    public Response createTeam(@Valid @NotNull TeamInput input) {
        Team team = directory.createTeam(input);
        return Response.created(URI.create("/api/teams/" + team.id)).entity(TeamView.of(team)).build();
    }

    @PUT
    @Path("teams/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.HR_NAME)
    public TeamView updateTeam(@RestPath long id, @Valid @NotNull TeamInput input) {
        return TeamView.of(directory.updateTeam(id, input));
    }

}
