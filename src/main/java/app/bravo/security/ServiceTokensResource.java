package app.bravo.security;

import java.util.Arrays;
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

import app.bravo.web.BadInputException;
import app.bravo.web.Flash;
import app.bravo.web.FormErrors;
import app.bravo.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/** Administrators issue service tokens for integrations (a helpdesk, an HR system, the office screen). */
@Path("/admin/tokens")
@Produces(MediaType.TEXT_HTML)
public class ServiceTokensResource {

    static final List<Integer> DAYS = List.of(30, 90, 365);

    @TemplateData
    public record ScopeOption(String code, String label, boolean checked) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ApiToken> tokens, List<ScopeOption> scopes, List<Integer> days,
                String newToken, FormErrors errors, String name);
    }

    @Inject
    ApiTokens apiTokens;

    @Inject
    Forms forms;

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance list() {
        return page(null, FormErrors.none(), null, List.of());
    }

    /** The secret is on this answer only: it is stored hashed and cannot be shown again. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(@RestForm String name, @RestForm List<String> scopes, @RestForm String days) {
        try {
            ApiTokens.Issued issued = apiTokens.createService(name, ApiTokens.scopes(scopes), Forms.parseInt(days));
            return Response.ok(page(issued.secret(), FormErrors.none(), null, List.of()))
                    .header("Cache-Control", "no-store").build();
        } catch (BadInputException e) {
            return Response.status(400).entity(page(null, forms.errors(e), name, scopes)).build();
        }
    }

    @POST
    @Path("{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response revoke(@RestPath long id) {
        ApiToken token = apiTokens.revokeService(id);
        return Flash.redirect("/admin/tokens", forms.messages(SecurityMessages.class).tokens_revoked(token.name));
    }

    private TemplateInstance page(String newToken, FormErrors errors, String name, List<String> checked) {
        SecurityMessages msg = forms.messages(SecurityMessages.class);
        List<ScopeOption> scopes = Arrays.stream(Scope.values()).map(s -> new ScopeOption(s.code, switch (s) {
            case DIRECTORY_READ -> msg.tokens_scope_directory_read();
            case DIRECTORY_IMPORT -> msg.tokens_scope_directory_import();
            case FEEDBACK_WRITE -> msg.tokens_scope_feedback_write();
        }, checked != null && checked.contains(s.code))).toList();
        return Templates.list(ApiToken.serviceTokens(), scopes, DAYS, newToken, errors, name);
    }
}
