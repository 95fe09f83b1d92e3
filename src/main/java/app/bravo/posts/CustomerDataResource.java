package app.bravo.posts;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import app.bravo.security.Role;
import app.bravo.web.Flash;
import app.bravo.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A customer's personal data in praise, for moderators and HR: find it by the customer's name or contact, erase
 * it on the customer's request (the praise stays, anonymised), or anonymise one praise.
 */
@Path("/")
@RolesAllowed({ Role.MODERATOR_NAME, Role.HR_NAME })
public class CustomerDataResource {

    static final int MAX_CUSTOMER = 200;

    public record ErasureRequest(@NotBlank @Size(max = MAX_CUSTOMER) String customer) {
    }

    public record ErasureView(String customer, int erased) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance customerData(String customer, List<CustomerPraise> found);
    }

    @Inject
    PostService posts;

    @Inject
    Forms forms;

    @GET
    @Path("moderation/customer-data")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance find(@RestQuery String customer) {
        String text = customer == null ? "" : customer.strip();
        if (text.length() > MAX_CUSTOMER) {
            text = text.substring(0, MAX_CUSTOMER);
        }
        return Templates.customerData(text, posts.customerData(text));
    }

    @POST
    @Path("moderation/customer-data/erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response erase(@RestForm String customer) {
        PostMessages messages = forms.messages(PostMessages.class);
        if (customer == null || customer.isBlank() || customer.strip().length() > MAX_CUSTOMER) {
            return Flash.redirect("/moderation/customer-data", messages.erase_nothing());
        }
        int erased = posts.eraseCustomer(customer);
        return Flash.redirect("/moderation/customer-data", messages.erased(erased));
    }

    @POST
    @Path("posts/{id}/anonymise")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response anonymise(@RestPath long id) {
        posts.anonymise(id);
        return Flash.redirect("/praise/" + id + "/edit", forms.messages(PostMessages.class).anonymised());
    }

    @POST
    @Path("api/moderation/customer-data/erase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Moderation")
    @Operation(summary = "Erase a customer's personal data", description = "Every praise holding this name or "
            + "contact keeps its words without them; only the audit record keeps the name.")
    public ErasureView eraseApi(@Valid @NotNull ErasureRequest request) {
        return new ErasureView(request.customer().strip(), posts.eraseCustomer(request.customer()));
    }

    @POST
    @Path("api/praise/{id}/anonymise")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Moderation")
    @Operation(summary = "Strip a praise's customer name and contact")
    public StoriesApi.PraiseView anonymiseApi(@RestPath long id) {
        return StoriesApi.PraiseView.of(posts.anonymise(id), true);
    }
}
