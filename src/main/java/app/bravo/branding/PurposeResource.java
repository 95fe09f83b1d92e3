package app.bravo.branding;

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

import app.bravo.security.Role;
import app.bravo.web.BadInputException;
import app.bravo.web.Flash;
import app.bravo.web.FormErrors;
import app.bravo.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** HR's page for "why great service matters to us", shown at the top of the board. */
@Path("/purpose")
@Produces(MediaType.TEXT_HTML)
public class PurposeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(PurposeForm form, FormErrors errors);
    }

    @Inject
    BrandingService service;

    @Inject
    Branding branding;

    @Inject
    Forms forms;

    @GET
    @RolesAllowed(Role.HR_NAME)
    public TemplateInstance edit() {
        return Templates.edit(PurposeForm.of(branding.getPurpose()), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.HR_NAME)
    public Response save(@BeanParam PurposeForm form) {
        PurposeInput input = form.toInput();
        FormErrors errors = forms.validate(input);
        if (errors.isEmpty()) {
            try {
                service.updatePurpose(input);
                return Flash.redirect("/", forms.messages(BrandingMessages.class).purpose_saved());
            } catch (BadInputException e) {
                errors = forms.errors(e);
            }
        }
        return Response.status(400).entity(Templates.edit(form, errors)).build();
    }
}
