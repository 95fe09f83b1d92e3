package app.bravo.posts;

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
import org.jboss.resteasy.reactive.RestQuery;

import app.bravo.security.Role;
import app.bravo.web.Flash;
import app.bravo.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A customer's personal data in praise, for moderators and HR: find it by the customer's name or contact, and
 * erase it on the customer's request (the praise stays, anonymised). One praise is anonymised from its edit page.
 */
@Path("/moderation/customer-data")
@RolesAllowed({ Role.MODERATOR_NAME, Role.HR_NAME })
public class CustomerDataResource {

    static final int MAX_CUSTOMER = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance customerData(String customer, List<CustomerPraise> found);
    }

    @Inject
    PostService posts;

    @Inject
    Forms forms;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance find(@RestQuery String customer) {
        String text = customer == null ? "" : customer.strip();
        if (text.length() > MAX_CUSTOMER) {
            text = text.substring(0, MAX_CUSTOMER);
        }
        return Templates.customerData(text, posts.customerData(text));
    }

    @POST
    @Path("erase")
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
}
