package app.bravo.awards.voting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;

import app.bravo.config.BravoConfig;
import app.bravo.i18n.CurrentLocale;
import app.bravo.security.Role;
import app.bravo.web.Forms;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Every announced winner, newest first, a page at a time. */
@Path("/awards/hall-of-fame")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EMPLOYEE_NAME)
public class HallOfFameResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance hallOfFame(HallOfFame.Page hall);
    }

    @Inject
    CurrentLocale currentLocale;

    @Inject
    BravoConfig config;

    @GET
    public TemplateInstance hallOfFame(@RestQuery String page) {
        return Templates.hallOfFame(load(page, currentLocale, config));
    }

    static HallOfFame.Page load(String page, CurrentLocale currentLocale, BravoConfig config) {
        Integer number = Forms.parseInt(page);
        String language = currentLocale.getCode();
        return QuarkusTransaction.joiningExisting().call(() -> HallOfFame.page(number == null ? 1 : number,
                config.pageSize(), language, config.timeZone()));
    }
}
