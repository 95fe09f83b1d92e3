package app.bravo.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import app.bravo.people.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

@Path("/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AuditEntry> entries);
    }

    @GET
    @RolesAllowed({ Role.HR_NAME, Role.ADMIN_NAME })
    public TemplateInstance list() {
        return Templates.list(AuditEntry.latest(200));
    }
}
