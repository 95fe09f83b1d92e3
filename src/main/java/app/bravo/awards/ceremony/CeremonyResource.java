package app.bravo.awards.ceremony;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.bravo.awards.voting.Publication;
import app.bravo.i18n.CurrentLocale;
import app.bravo.i18n.Languages;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The ceremony for a projector: full screen, no navigation, one slide at a time. Every slide is in the page (the
 * script shows one and moves with → ← and space); without the script {@code ?slide=N} links step through them.
 * Who may watch is the results page's rule: HR from CLOSED (to rehearse), everyone once ANNOUNCED.
 */
@Path("/awards/ceremony")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EMPLOYEE_NAME)
public class CeremonyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ceremony(Ceremony.View view, Ceremony.Slide current, String htmlLang,
                List<String> languages);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale currentLocale;

    @Inject
    ObjectMapper json;

    @GET
    @Path("{roundId}")
    public TemplateInstance ceremony(@RestPath long roundId, @RestQuery String lang, @RestQuery Integer slide) {
        boolean hr = currentUser.isHr();
        String language = chosenLanguage(lang, currentLocale);
        Ceremony.View view = QuarkusTransaction.joiningExisting()
                .call(() -> Ceremony.of(Publication.withResults(roundId, hr), language, json));
        return Templates.ceremony(view, view.slide(slide == null ? 1 : slide),
                htmlLang(language), Languages.SUPPORTED).setLocale(Locale.forLanguageTag(language));
    }

    /** For {@code <html lang>}: Serbian is written in Latin script here. */
    static String htmlLang(String language) {
        return "sr".equals(language) ? "sr-Latn" : language;
    }

    /** {@code ?lang=} when it names a UI language, else the reader's own. */
    static String chosenLanguage(String lang, CurrentLocale currentLocale) {
        return Languages.isSupported(lang) ? lang : currentLocale.getCode();
    }
}
