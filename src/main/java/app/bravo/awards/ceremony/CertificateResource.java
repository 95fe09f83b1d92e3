package app.bravo.awards.ceremony;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import app.bravo.awards.voting.Publication;
import app.bravo.branding.Branding;
import app.bravo.config.BravoConfig;
import app.bravo.i18n.CurrentLocale;
import app.bravo.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A winner's certificate as a PDF, for every employee once the round is announced (it is public recognition), in
 * the reader's language or {@code ?lang=}.
 */
@Path("/awards/certificates")
@RolesAllowed(Role.EMPLOYEE_NAME)
public class CertificateResource {

    public static final String PDF = "application/pdf";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance certificate(Certificate certificate, String organisation, String accent,
                String htmlLang);
    }

    @Inject
    CurrentLocale currentLocale;

    @Inject
    BravoConfig config;

    @Inject
    Branding branding;

    @GET
    @Path("{roundId}/{winnerId}.pdf")
    @Produces(PDF)
    public Response certificate(@RestPath long roundId, @RestPath long winnerId, @RestQuery String lang) {
        String language = CeremonyResource.chosenLanguage(lang, currentLocale);
        Certificate certificate = QuarkusTransaction.joiningExisting().call(() -> Certificate
                .of(Publication.announced(roundId), winnerId, language, config.timeZone()));
        String xhtml = Templates.certificate(certificate, branding.getName(), branding.getAccent().hex(),
                CeremonyResource.htmlLang(language)).setLocale(Locale.forLanguageTag(language)).render();
        return Response.ok(CertificatePdf.render(xhtml), PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + certificate.fileName() + "\"")
                .build();
    }
}
