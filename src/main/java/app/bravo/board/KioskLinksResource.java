package app.bravo.board;

import java.util.List;

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

import app.bravo.config.BravoConfig;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.web.BadInputException;
import app.bravo.web.Flash;
import app.bravo.web.FormErrors;
import app.bravo.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Administrators create kiosk links for office screens and revoke them. */
@Path("/admin/kiosks")
@Produces(MediaType.TEXT_HTML)
public class KioskLinksResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<KioskLink> links, String newLink, FormErrors errors, String name);
    }

    @Inject
    KioskLinks kioskLinks;

    @Inject
    CurrentUser currentUser;

    @Inject
    BravoConfig config;

    @Inject
    Forms forms;

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance list() {
        return Templates.list(KioskLink.listForAdmin(), null, FormErrors.none(), null);
    }

    /** The link is on this answer only: its token is stored hashed and cannot be shown again. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(@RestForm String name) {
        try {
            KioskLinks.Issued issued = kioskLinks.create(name, currentUser.username());
            String url = config.publicUrl() + "/kiosk?token=" + issued.token();
            return Response.ok(Templates.list(KioskLink.listForAdmin(), url, FormErrors.none(), null))
                    .header("Cache-Control", "no-store").build();
        } catch (BadInputException e) {
            return Response.status(400).entity(Templates.list(KioskLink.listForAdmin(), null, forms.errors(e), name))
                    .build();
        }
    }

    @POST
    @Path("{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response revoke(@RestPath long id) {
        KioskLink link = kioskLinks.revoke(id);
        return Flash.redirect("/admin/kiosks", forms.messages(KioskMessages.class).links_revoked(link.name));
    }
}
