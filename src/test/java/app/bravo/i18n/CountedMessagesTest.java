package app.bravo.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.bravo.posts.PostMessages;
import app.bravo.people.PeopleMessages;
import app.bravo.security.Role;
import app.bravo.support.WebSession;
import app.bravo.web.WebMessages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Counted texts take the plural form and the number format of their language, from Java and on a page. */
@QuarkusTest
class CountedMessagesTest {

    @ParameterizedTest(name = "{0}: {1} members")
    @CsvSource(delimiter = '|', value = {
            "en | 0     | 0 members",
            "en | 1     | 1 member",
            "en | 2     | 2 members",
            "en | 21    | 21 members",
            "en | 101   | 101 members",
            "en | 20000 | 20,000 members",
            "sr | 0     | 0 članova",
            "sr | 1     | 1 član",
            "sr | 2     | 2 člana",
            "sr | 4     | 4 člana",
            "sr | 5     | 5 članova",
            "sr | 11    | 11 članova",
            "sr | 21    | 21 član",
            "sr | 22    | 22 člana",
            "sr | 101   | 101 član",
            "sr | 105   | 105 članova",
            "sr | 20000 | 20.000 članova",
            "sl | 0     | 0 članov",
            "sl | 1     | 1 član",
            "sl | 2     | 2 člana",
            "sl | 3     | 3 člani",
            "sl | 5     | 5 članov",
            "sl | 21    | 21 članov",
            "sl | 101   | 101 član",
            "sl | 102   | 102 člana",
            "sl | 105   | 105 članov",
            "sl | 20000 | 20.000 članov" })
    void teamMembers(String language, long count, String expected) {
        assertEquals(expected, Messages.get(PeopleMessages.class, language).teams_members(count));
    }

    @ParameterizedTest(name = "{0}: {1} found")
    @CsvSource(delimiter = '|', value = {
            "en | 1     | 1 person found",
            "en | 3     | 3 people found",
            "sr | 1     | Pronađena je 1 osoba",
            "sr | 3     | Pronađene su 3 osobe",
            "sr | 11    | Pronađeno je 11 osoba",
            "sr | 21    | Pronađena je 21 osoba",
            "sr | 20000 | Pronađeno je 20.000 osoba",
            "sl | 1     | Najdena je 1 oseba",
            "sl | 2     | Najdeni sta 2 osebi",
            "sl | 4     | Najdene so 4 osebe",
            "sl | 22    | Najdenih je 22 oseb",
            "sl | 102   | Najdeni sta 102 osebi",
            "sl | 20000 | Najdenih je 20.000 oseb" })
    void peopleFound(String language, long count, String expected) {
        assertEquals(expected, Messages.get(PeopleMessages.class, language).people_count(count));
    }

    @Test
    void limitsAndSizesAreCountedToo() {
        assertEquals("The file has more than 20,000 rows.",
                Messages.get(PeopleMessages.class, "en").import_error_too_many(20_000));
        assertEquals("Datoteka ima više od 20.000 redova.",
                Messages.get(PeopleMessages.class, "sr").import_error_too_many(20_000));
        assertEquals("Datoteka ima več kot 20.000 vrstic.",
                Messages.get(PeopleMessages.class, "sl").import_error_too_many(20_000));
        assertEquals("Koristite najviše 72 znaka.", Messages.get(WebMessages.class, "sr").error_size_max(72));
        assertEquals("Koristite najmanje 2, a najviše 21 znak.", Messages.get(WebMessages.class, "sr").error_size(2, 21));
        assertEquals("Uporabite največ 3 znake.", Messages.get(WebMessages.class, "sl").error_size_max(3));
        assertEquals("Vsaj 10 znakov.", Messages.get(PeopleMessages.class, "sl").password_hint(10));
        assertEquals("Ta ekipa ima še 2 aktivna člana. Najprej ju premestite v drugo ekipo.",
                Messages.get(PeopleMessages.class, "sl").error_team_has_members(2));
        assertEquals("Ovaj tim još ima 1 aktivnog člana. Prvo ga premestite u drugi tim.",
                Messages.get(PeopleMessages.class, "sr").error_team_has_members(1));
        assertEquals("3 aplavzi", Messages.get(PostMessages.class, "sl").applause_count(3));
        assertEquals("1.234 aplauza", Messages.get(PostMessages.class, "sr").applause_count(1_234));
        assertEquals("1234 znakov", Messages.get(PostMessages.class, "sl").story_count(1_234),
                "Slovenian groups from five digits on");
        assertEquals("12.345 znakov", Messages.get(PostMessages.class, "sl").story_count(12_345));
    }

    @Test
    void importResultsInJavaCountEachNumber() {
        assertEquals("Uvoz je končan: 1 nova oseba, 2 posodobljeni, 3 brez sprememb.",
                Messages.get(PeopleMessages.class, "sl").import_done(1, 2, 3));
        assertEquals("Uvoz je završen: 22 nove osobe, 5 ažuriranih, 0 bez promene.",
                Messages.get(PeopleMessages.class, "sr").import_done(22, 5, 0));
        assertEquals("Import finished: 1,000 added, 0 updated, 12 unchanged.",
                Messages.get(PeopleMessages.class, "en").import_done(1_000, 0, 12));
    }

    @ParameterizedTest(name = "{0}: {1} bad lines")
    @CsvSource(delimiter = '|', value = {
            "en | 1  | 1 line has a problem.",
            "en | 2  | 2 lines have problems.",
            "sr | 1  | 1 red sadrži grešku.",
            "sr | 3  | 3 reda sadrže greške.",
            "sr | 5  | 5 redova sadrži greške.",
            "sr | 21 | 21 red sadrži grešku.",
            "sl | 1  | 1 vrstica ima težavo.",
            "sl | 2  | 2 vrstici imata težave.",
            "sl | 4  | 4 vrstice imajo težave.",
            "sl | 11 | 11 vrstic ima težave.",
            "sl | 22 | 22 vrstic ima težave." })
    void importPageCountsTheBadLines(String language, int bad, String expected) {
        WebSession hr = WebSession.as(Role.HR).language(language);
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < bad; i++) {
            csv.append("No Mail ").append(i).append(",,T,D,EMPLOYEE\n");
        }
        Response rejected = hr.request().redirects().follow(false)
                .multiPart("csrf-token", hr.csrfToken("/people/import"))
                .multiPart("file", "staff.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/people/import");
        assertEquals(400, rejected.statusCode());
        String summary = WebSession.html(rejected).selectFirst(".alert--error p").text();
        assertEquals(expected, summary.substring(0, summary.indexOf('.') + 1), summary);
    }

    @Test
    void importFlashCountsInTheReadersLanguage() {
        String tag = "cnt" + UUID.randomUUID().toString().substring(0, 6);
        WebSession hr = WebSession.as(Role.HR).language("sl");
        String csv = "Prva Oseba," + tag + ".a@example.org,T " + tag + ",D " + tag + ",EMPLOYEE\n"
                + "Druga Oseba," + tag + ".b@example.org,T " + tag + ",D " + tag + ",EMPLOYEE\n";
        Response accepted = hr.request().redirects().follow(false)
                .multiPart("csrf-token", hr.csrfToken("/people/import"))
                .multiPart("file", "staff.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/people/import");
        assertEquals(303, accepted.statusCode());
        Document people = hr.page("/people?q=" + tag);
        assertEquals("Uvoz je končan: 2 novi osebi, 0 posodobljenih, 0 brez sprememb. Ekipe: 1 nova, 0 premaknjenih v drug"
                + " oddelek.", people.selectFirst(".flash").text(), "the file's new team is reported too");
        assertEquals("Najdeni sta 2 osebi", people.selectFirst("#results > p.muted").text());
    }

    /** An English text asked for while the request is Serbian (a mail to an English reader) counts in English. */
    @Test
    void aTextCountsInItsOwnLanguageNotTheRequests() {
        String body = WebSession.as(Role.EMPLOYEE).language("sr").request().get("/test-only-counted").then()
                .statusCode(200).extract().asString();
        assertEquals("21 members | 21 član | 21 članov", body);
    }

    @Path("/test-only-counted")
    public static class Endpoint {
        @GET
        @PermitAll
        @Produces(MediaType.TEXT_PLAIN)
        public String counted() {
            return Messages.get(PeopleMessages.class, "en").teams_members(21) + " | "
                    + Messages.get(PeopleMessages.class, "sr").teams_members(21) + " | "
                    + Messages.get(PeopleMessages.class, "sl").teams_members(21);
        }
    }
}
