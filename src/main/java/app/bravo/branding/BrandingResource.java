package app.bravo.branding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

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
import org.jboss.resteasy.reactive.multipart.FileUpload;

import app.bravo.security.Role;
import app.bravo.web.BadInputException;
import app.bravo.web.Flash;
import app.bravo.web.FormErrors;
import app.bravo.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The admin's branding page: name and accent colour, and the logo (upload or remove). */
@Path("/admin/branding")
@Produces(MediaType.TEXT_HTML)
public class BrandingResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(BrandingForm form, FormErrors errors, FormErrors logoErrors);
    }

    @Inject
    BrandingService service;

    @Inject
    Branding branding;

    @Inject
    Forms forms;

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance edit() {
        return Templates.edit(BrandingForm.of(branding), FormErrors.none(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response save(@BeanParam BrandingForm form) {
        BrandingInput input = form.toInput();
        FormErrors errors = forms.validate(input);
        if (errors.isEmpty()) {
            try {
                service.update(input);
                return Flash.redirect("/admin/branding", forms.messages(BrandingMessages.class).saved());
            } catch (BadInputException e) {
                errors = forms.errors(e);
            }
        }
        return Response.status(400).entity(Templates.edit(form, errors, FormErrors.none())).build();
    }

    @POST
    @Path("logo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response uploadLogo(@RestForm("logo") FileUpload logo) throws IOException {
        try {
            service.setLogo(read(logo));
            return Flash.redirect("/admin/branding", forms.messages(BrandingMessages.class).logo_saved());
        } catch (BadInputException e) {
            return Response.status(400).entity(Templates.edit(BrandingForm.of(branding), FormErrors.none(),
                    forms.errors(e))).build();
        }
    }

    @POST
    @Path("logo/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response removeLogo() {
        service.removeLogo();
        return Flash.redirect("/admin/branding", forms.messages(BrandingMessages.class).logo_removed());
    }

    /** The upload's bytes, at most one more than a logo may have (enough to refuse a larger file as such). */
    private static byte[] read(FileUpload upload) throws IOException {
        if (upload == null || upload.uploadedFile() == null) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(upload.uploadedFile())) {
            return in.readNBytes(LogoCheck.MAX_BYTES + 1);
        }
    }
}
