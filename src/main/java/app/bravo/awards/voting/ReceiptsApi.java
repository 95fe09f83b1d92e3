package app.bravo.awards.voting;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import app.bravo.i18n.CurrentLocale;
import app.bravo.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The receipts of the ballots that counted (SHA-256 hashes, in hash order), and the check of one receipt code:
 * counted or not found. A receipt says nothing about its ballot's content.
 */
@Path("/api/awards/rounds/{id}/receipts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Awards")
@RolesAllowed(Role.EMPLOYEE_NAME)
public class ReceiptsApi {

    public record CheckInput(@NotNull String receipt) {
    }

    @Inject
    CurrentLocale currentLocale;

    @GET
    public List<Publication.CategoryReceipts> receipts(@RestPath long id) {
        String language = currentLocale.getCode();
        return QuarkusTransaction.joiningExisting()
                .call(() -> Publication.receipts(Publication.announced(id), language));
    }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    public Publication.ReceiptCheck check(@RestPath long id, @Valid @NotNull CheckInput input) {
        return QuarkusTransaction.joiningExisting()
                .call(() -> Publication.check(Publication.announced(id), input.receipt()));
    }
}
