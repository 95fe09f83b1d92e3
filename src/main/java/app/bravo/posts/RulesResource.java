package app.bravo.posts;

import java.util.List;
import java.util.Map;

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
import org.jboss.resteasy.reactive.RestPath;

import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.web.BadInputException;
import app.bravo.web.Flash;
import app.bravo.web.FormErrors;
import app.bravo.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The rules that got in customers' way (/rules): HR keeps the list; moderators and HR keep or merge the names
 * authors proposed.
 */
@Path("/rules")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.HR_NAME, Role.MODERATOR_NAME })
public class RulesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ServiceRule> rules, Map<Long, Long> stories, String name,
                String description, FormErrors errors, boolean hr);
    }

    @Inject
    RuleService rules;

    @Inject
    Forms forms;

    @Inject
    CurrentUser currentUser;

    @GET
    public TemplateInstance list() {
        return page("", "", FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HR_NAME)
    public Response add(@RestForm String name, @RestForm String description) {
        try {
            rules.add(name, description);
        } catch (BadInputException e) {
            return Response.status(400).entity(page(name, description, forms.errors(e))).build();
        }
        return Flash.redirect("/rules", forms.messages(PostMessages.class).rule_added());
    }

    @POST
    @Path("{id}/keep")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response keep(@RestPath long id) {
        rules.keep(id);
        return Flash.redirect("/rules", forms.messages(PostMessages.class).rule_kept());
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@RestPath long id, @RestForm String into) {
        Long target = Forms.parseId(into);
        PostMessages messages = forms.messages(PostMessages.class);
        if (target == null) {
            return Flash.redirect("/rules", messages.error_rule_merge_target());
        }
        try {
            return Flash.redirect("/rules", messages.rule_merged((long) rules.merge(id, target)));
        } catch (BadInputException e) {
            return Flash.redirect("/rules", forms.text(e.first()));
        }
    }

    @POST
    @Path("{id}/active")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HR_NAME)
    public Response setActive(@RestPath long id, @RestForm String active) {
        try {
            rules.setActive(id, Forms.checked(active));
        } catch (BadInputException e) {
            return Flash.redirect("/rules", forms.text(e.first()));
        }
        return Flash.redirect("/rules", forms.messages(PostMessages.class).saved());
    }

    private TemplateInstance page(String name, String description, FormErrors errors) {
        return Templates.list(ServiceRule.listAll(), rules.storyCounts(), name, description, errors,
                currentUser.isHr());
    }
}
