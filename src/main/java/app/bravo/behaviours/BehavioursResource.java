package app.bravo.behaviours;

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

import app.bravo.security.Role;
import app.bravo.web.BadInputException;
import app.bravo.security.CurrentUser;
import app.bravo.web.Flash;
import app.bravo.web.FormErrors;
import app.bravo.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

@Path("/behaviours")
@Produces(MediaType.TEXT_HTML)
public class BehavioursResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Behaviour> behaviours);

        static native TemplateInstance form(Long behaviourId, BehaviourForm form, FormErrors errors);
    }

    @Inject
    BehaviourService service;

    @Inject
    Forms forms;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public TemplateInstance list() {
        return Templates.list(Behaviour.listVisible(currentUser.seesDeactivated()));
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.HR_NAME)
    public TemplateInstance create() {
        return Templates.form(null, BehaviourForm.blank(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HR_NAME)
    public Response create(@BeanParam BehaviourForm form) {
        return save(null, form);
    }

    /** Where a login after an expired session lands when the form posted here: back to the list. */
    @GET
    @Path("{id}")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public Response show(@RestPath long id) {
        Behaviour behaviour = BehaviourService.visible(id, currentUser.seesDeactivated());
        return Response.seeOther(java.net.URI.create("/behaviours#behaviour-" + behaviour.id)).build();
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Role.HR_NAME)
    public TemplateInstance edit(@RestPath long id) {
        return Templates.form(id, BehaviourForm.of(BehaviourService.require(id)), FormErrors.none());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HR_NAME)
    public Response update(@RestPath long id, @BeanParam BehaviourForm form) {
        BehaviourService.require(id);
        return save(id, form);
    }

    private Response save(Long id, BehaviourForm form) {
        BehaviourInput input = form.toInput();
        FormErrors errors = forms.validate(input);
        if (errors.isEmpty()) {
            try {
                Behaviour behaviour = id == null ? service.create(input) : service.update(id, input);
                return Flash.redirect("/behaviours#behaviour-" + behaviour.id,
                        forms.messages(BehaviourMessages.class).behaviours_saved(behaviour.name.en));
            } catch (BadInputException e) {
                errors = forms.errors(e);
            }
        }
        return Response.status(400).entity(Templates.form(id, form, errors)).build();
    }
}
