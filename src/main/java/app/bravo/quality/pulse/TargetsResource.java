package app.bravo.quality.pulse;

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

import app.bravo.config.BravoConfig;
import app.bravo.i18n.CurrentLocale;
import app.bravo.i18n.RelativeTimes;
import app.bravo.people.Team;
import app.bravo.security.Role;
import app.bravo.web.BadInputException;
import app.bravo.web.Flash;
import app.bravo.web.FormErrors;
import app.bravo.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/** HR's page of service-quality targets: the list and a form that sets one (or replaces its goal). */
@Path("/quality/targets")
@Produces(MediaType.TEXT_HTML)
public class TargetsResource {

    /** A target as the list shows it. */
    @TemplateData
    public record Row(long id, String scope, String metric, int goal, String setBy, String setOn) {
    }

    /** A scope the form offers. */
    @TemplateData
    public record Choice(String key, String name) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance targets(List<Row> targets, List<Choice> scopes, TargetForm form,
                FormErrors errors);
    }

    @Inject
    TargetService service;

    @Inject
    Forms forms;

    @Inject
    CurrentLocale currentLocale;

    @Inject
    BravoConfig config;

    @GET
    @RolesAllowed(Role.HR_NAME)
    public TemplateInstance list() {
        return page(TargetForm.blank(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HR_NAME)
    public Response set(@BeanParam TargetForm form) {
        TargetInput input = form.toInput();
        FormErrors errors = forms.validate(input);
        if (errors.isEmpty()) {
            try {
                service.set(input);
                return Flash.redirect("/quality/targets", forms.messages(PulseMessages.class).targets_saved());
            } catch (BadInputException e) {
                errors = forms.errors(e);
            }
        } else if (form.goal != null && !form.goal.isBlank() && input.goal() == null) {
            errors = FormErrors.none().add("goal", forms.messages(PulseMessages.class).error_goal_csat());
        }
        return Response.status(400).entity(page(form, errors)).build();
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HR_NAME)
    public Response remove(@RestPath long id) {
        service.remove(id);
        return Flash.redirect("/quality/targets", forms.messages(PulseMessages.class).targets_removed());
    }

    private TemplateInstance page(TargetForm form, FormErrors errors) {
        PulseMessages m = forms.messages(PulseMessages.class);
        String language = currentLocale.getCode();
        List<Row> rows = QualityTarget.listAll().stream().map(t -> new Row(t.id,
                t.team == null ? m.organisation() : t.team.name,
                t.metric == QualityTarget.Metric.NPS ? m.metric_NPS() : m.metric_CSAT_PERCENT(), t.goal, t.setBy,
                RelativeTimes.day(t.setAt.atZone(config.timeZone()).toLocalDate(), language))).toList();
        List<Choice> scopes = new java.util.ArrayList<>();
        scopes.add(new Choice("org", m.organisation()));
        Team.listActive().forEach(t -> scopes.add(new Choice(PulseScope.team(t.id).key(), t.name)));
        return Templates.targets(rows, scopes, form, errors);
    }
}
