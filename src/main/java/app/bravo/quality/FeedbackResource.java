package app.bravo.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import app.bravo.config.BravoConfig;
import app.bravo.people.Person;
import app.bravo.people.Team;
import app.bravo.quality.FeedbackScore.Channel;
import app.bravo.quality.FeedbackScore.Scale;
import app.bravo.quality.FeedbackScore.Source;
import app.bravo.quality.FeedbackService.Origin;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.web.BadInputException;
import app.bravo.web.Flash;
import app.bravo.web.FormErrors;
import app.bravo.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/**
 * Customer feedback pages: any employee types in a score a customer gave them; HR and moderators see what came
 * in (newest first, keyset paged) and clear a comment; HR imports a CSV file.
 */
@Path("/quality/feedback")
@Produces(MediaType.TEXT_HTML)
public class FeedbackResource {

    /** People offered for one team in the form: a team is rarely larger; the API takes any member. */
    static final int MAX_PEOPLE = 300;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @TemplateData
    public record Row(FeedbackScore score, String receivedAt) {
    }

    @TemplateData
    public record Page(List<Row> rows, String next) {
    }

    @TemplateData
    public record ImportOutcome(List<FeedbackApi.LineView> errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(FeedbackForm form, FormErrors errors, List<Team> teams,
                List<Person> people, List<Scale> scales, List<Channel> channels);

        static native TemplateInstance list(Page page, List<Team> teams, Long team);

        static native TemplateInstance importForm(ImportOutcome result, String fileError, String header, int maxRows);
    }

    @Inject
    FeedbackService feedback;

    @Inject
    FeedbackImport feedbackImport;

    @Inject
    FeedbackComments comments;

    @Inject
    CurrentUser currentUser;

    @Inject
    Forms forms;

    @Inject
    BravoConfig config;

    @GET
    @Path("new")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance create() {
        Long ownTeam = currentUser.personId().map(id -> Person.<Person> findById(id))
                .map(p -> p.team == null ? null : p.team.id).orElse(null);
        return form(FeedbackForm.blank(ownTeam), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response create(@BeanParam FeedbackForm form) {
        if (form.refreshing()) {
            form.personId = null; // the people offered are now the chosen team's
            return Response.ok(form(form, FormErrors.none())).build();
        }
        FormErrors errors;
        try {
            feedback.record(form.toInput(), new Origin(Source.FORM, currentUser.personId().orElse(null), null));
            return Flash.redirect("/quality/feedback/new", messages().form_saved());
        } catch (BadInputException e) {
            errors = forms.errors(e);
        }
        return Response.status(400).entity(form(form, errors)).build();
    }

    @GET
    @RolesAllowed({ Role.HR_NAME, Role.MODERATOR_NAME })
    public TemplateInstance list(@RestQuery String team, @RestQuery String after) {
        Long teamId = Forms.parseId(team);
        return Templates.list(page(teamId, after), Team.listSorted(), teamId);
    }

    @POST
    @Path("{id}/comment/clear")
    @RolesAllowed({ Role.HR_NAME, Role.MODERATOR_NAME })
    public Response clearComment(@RestPath long id) {
        comments.clear(id);
        return Flash.redirect("/quality/feedback", messages().list_comment_cleared());
    }

    @GET
    @Path("import")
    @RolesAllowed(Role.HR_NAME)
    public TemplateInstance importForm() {
        return Templates.importForm(null, null, FeedbackImport.HEADER, FeedbackImport.MAX_ROWS);
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.HR_NAME)
    public Response importFile(@RestForm("file") FileUpload file) throws IOException {
        QualityMessages msg = messages();
        String fileError = null;
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            fileError = msg.import_error_empty();
        } else if (file.size() > FeedbackImport.MAX_BYTES) {
            fileError = msg.import_error_too_large();
        }
        if (fileError != null) {
            return Response.status(400).entity(Templates.importForm(null, fileError, FeedbackImport.HEADER,
                    FeedbackImport.MAX_ROWS)).build();
        }
        FeedbackImport.Result result = feedbackImport.importCsv(Files.readAllBytes(file.uploadedFile()),
                new Origin(Source.IMPORT, currentUser.personId().orElse(null), null));
        if (!result.ok()) {
            ImportOutcome outcome = new ImportOutcome(result.errors().stream()
                    .map(e -> new FeedbackApi.LineView(e.line(), forms.text(e.message()))).toList());
            return Response.status(400).entity(Templates.importForm(outcome, null, FeedbackImport.HEADER,
                    FeedbackImport.MAX_ROWS)).build();
        }
        return Flash.redirect("/quality/feedback", msg.import_done(result.added(), result.alreadyReceived()));
    }

    private TemplateInstance form(FeedbackForm form, FormErrors errors) {
        List<Team> teams = Team.listActive();
        Long teamId = Forms.parseId(form.teamId);
        List<Person> people = teamId == null ? List.of()
                : Person.<Person> find("team.id = ?1 and active = true order by fullName", teamId).page(0, MAX_PEOPLE)
                        .list();
        return Templates.form(form, errors, teams, people, Arrays.asList(Scale.values()),
                Arrays.asList(Channel.values()));
    }

    /** Newest first by (received_at, id); {@code after} is the last row's cursor of the page before. */
    private Page page(Long teamId, String after) {
        int size = config.pageSize();
        StringBuilder where = new StringBuilder("1 = 1");
        Instant at = null;
        Long id = null;
        if (after != null) {
            int cut = after.lastIndexOf('_');
            try {
                at = cut < 0 ? null : Instant.parse(after.substring(0, cut));
                id = cut < 0 ? null : Long.valueOf(after.substring(cut + 1));
            } catch (DateTimeParseException | NumberFormatException e) {
                at = null; // a cursor that is not one of ours: the first page
            }
        }
        if (teamId != null) {
            where.append(" and f.team.id = :team");
        }
        if (at != null && id != null) {
            where.append(" and (f.receivedAt < :at or (f.receivedAt = :at and f.id < :id))");
        }
        var query = FeedbackScore.getEntityManager().createQuery("select f from FeedbackScore f join fetch f.team"
                + " left join fetch f.person where " + where + " order by f.receivedAt desc, f.id desc",
                FeedbackScore.class).setMaxResults(size + 1);
        if (teamId != null) {
            query.setParameter("team", teamId);
        }
        if (at != null && id != null) {
            query.setParameter("at", at).setParameter("id", id);
        }
        List<FeedbackScore> found = query.getResultList();
        ZoneId zone = config.timeZone();
        List<Row> rows = found.stream().limit(size)
                .map(s -> new Row(s, SHOWN.format(s.receivedAt.atZone(zone)))).toList();
        String next = found.size() > size
                ? rows.get(size - 1).score().receivedAt + "_" + rows.get(size - 1).score().id : null;
        return new Page(rows, next);
    }

    private QualityMessages messages() {
        return forms.messages(QualityMessages.class);
    }
}
