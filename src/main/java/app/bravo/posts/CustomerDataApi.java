package app.bravo.posts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.bravo.security.Role;

/** A customer's personal data for API clients (moderators and HR): erasure on the customer's request. */
@Path("/api/moderation/customer-data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.MODERATOR_NAME, Role.HR_NAME })
@Tag(name = "Moderation")
public class CustomerDataApi {

    public record ErasureRequest(@NotBlank @Size(max = CustomerDataResource.MAX_CUSTOMER) String customer) {
    }

    public record ErasureView(String customer, int erased) {
    }

    @Inject
    PostService posts;

    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase a customer's personal data", description = "Every praise holding this name or "
            + "contact keeps its words without them; only the audit record keeps the name.")
    public ErasureView erase(@Valid @NotNull ErasureRequest request) {
        return new ErasureView(request.customer().strip(), posts.eraseCustomer(request.customer()));
    }
}
