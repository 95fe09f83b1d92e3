package app.bravo.behaviours;

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

import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.security.Scope;
import app.bravo.i18n.LocalizedText;

@Path("/api/behaviours")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Behaviours")
public class BehavioursApi {

    public record Texts(String en, String sr, String sl) {
        static Texts of(LocalizedText text) {
            return text == null ? new Texts(null, null, null) : new Texts(text.en, text.sr, text.sl);
        }
    }

    public record BehaviourView(long id, Texts name, Texts description, Texts example, boolean active) {
        static BehaviourView of(Behaviour b) {
            return new BehaviourView(b.id, Texts.of(b.name), Texts.of(b.description), Texts.of(b.example), b.active);
        }
    }

    @Inject
    BehaviourService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({ Role.EMPLOYEE_NAME, Scope.DIRECTORY_READ_ROLE })
    @Operation(summary = "The service standards", description = "Active ones; HR may add all=true for retired ones.")
    public List<BehaviourView> list(@RestQuery boolean all) {
        return Behaviour.listVisible(all && currentUser.seesDeactivated()).stream().map(BehaviourView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Role.EMPLOYEE_NAME, Scope.DIRECTORY_READ_ROLE })
    public BehaviourView get(@RestPath long id) {
        return BehaviourView.of(BehaviourService.visible(id, currentUser.seesDeactivated()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.HR_NAME)
    public Response create(@Valid @NotNull BehaviourInput input) {
        Behaviour behaviour = service.create(input);
        return Response.created(URI.create("/api/behaviours/" + behaviour.id)).entity(BehaviourView.of(behaviour))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.HR_NAME)
    public BehaviourView update(@RestPath long id, @Valid @NotNull BehaviourInput input) {
        return BehaviourView.of(service.update(id, input));
    }
}
