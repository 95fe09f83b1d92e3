package app.bravo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.bravo.support.Api;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import app.bravo.security.Role;
import io.restassured.response.Response;

@QuarkusTest
class LocaleTest {

    @ParameterizedTest(name = "Accept-Language {0} gives {1}")
    @CsvSource({
            "'sr-RS,sr;q=0.9', sr-Latn, Prijava u Bravo",
            "'sr-Latn', sr-Latn, Prijava u Bravo",
            "'hr', sr-Latn, Prijava u Bravo",
            "'sl-SI', sl, Prijava v Bravo",
            "'de-DE,sl;q=0.5', sl, Prijava v Bravo",
            "'de-DE', en, Log in to Bravo",
            "'en-GB', en, Log in to Bravo" })
    void browserLanguagePicksTheUiLanguage(String acceptLanguage, String lang, String heading) {
        Document page = WebSession.anonymous().language(acceptLanguage).page("/login");
        assertEquals(lang, page.selectFirst("html").attr("lang"));
        assertEquals(heading, page.selectFirst("h1").text());
    }

    @Test
    void visitorsChoiceIsKeptInACookie() {
        WebSession visitor = WebSession.anonymous().language("en");
        Response response = visitor.submit("/login", "/language", Map.of("lang", "sl", "back", "/login"));
        assertEquals(303, response.statusCode());
        assertTrue(response.getHeader("Location").endsWith("/login"));
        assertEquals("Prijava v Bravo", visitor.page("/login").selectFirst("h1").text());
    }

    @Test
    void signedInPersonsChoiceBeatsTheBrowserAndLastsBeyondTheSession() {
        long id = Api.newPerson("Jezik Test", "EMPLOYEE");
        String email = Api.emailOf(id);
        app.bravo.support.WebSession admin = WebSession.as(Role.ADMIN);
        admin.submit("/people/" + id, "/people/" + id + "/password", Map.of());
        String password = app.bravo.support.Mailbox.lastPasswordSentTo(email);

        WebSession person = WebSession.login(email, password).language("en");
        person.submit("/", "/language", Map.of("lang", "sr", "back", "/people")).then().statusCode(303);
        assertEquals("Zaposleni", person.page("/people").selectFirst("h1").text());

        WebSession later = WebSession.login(email, password).language("sl,en;q=0.5");
        assertEquals("sr-Latn", later.page("/").selectFirst("html").attr("lang"), "the saved setting wins");
    }

    @Test
    void languageSwitchNeverRedirectsOffSite() {
        WebSession visitor = WebSession.anonymous();
        Response response = visitor.submit("/login", "/language", Map.of("lang", "sr", "back", "//evil.example/x"));
        assertEquals(303, response.statusCode());
        assertTrue(response.getHeader("Location").matches("https?://[^/]+/"), response.getHeader("Location"));
        Response odd = visitor.submit("/login", "/language", Map.of("lang", "sr", "back", "/\t/x"));
        assertEquals(303, odd.statusCode());
        assertTrue(odd.getHeader("Location").matches("https?://[^/]+/"), "a malformed back link falls back to /");
    }

    @Test
    void translatedBehaviourNamesFollowTheLanguage() {
        Document sr = WebSession.as(Role.EMPLOYEE).language("sr").page("/behaviours");
        assertTrue(sr.text().contains("Preuzimanje odgovornosti"));
        Document en = WebSession.as(Role.EMPLOYEE).language("en").page("/behaviours");
        assertTrue(en.text().contains("Ownership"));
    }
}
