package app.bravo.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** One rule for e-mail addresses: the person form, the API and the CSV import agree on every address. */
@QuarkusTest
class EmailRulesTest {

    /** {@code {t}} becomes a fresh tag, so an address that is accepted is new each time. */
    @ParameterizedTest(name = "{0} accepted: {1}")
    @CsvSource(delimiter = '|', value = {
            "{t}@example.org|true",
            "ana.{t}+tag@mail.example.co.uk|true",
            "đorđe.{t}@primer.rs|true",
            "{t}_o'neil@example.org|true",
            "{t}@localhost|false",
            "{t}..x@example.org|false",
            ".{t}@example.org|false",
            "{t}@example.org.|false",
            "{t}@-example.org|false",
            "{t}@example.c|false",
            "\"{t} x\"@example.org|false",
            "{t}@exa mple.org|false",
            "{t}@@example.org|false",
            "{t}|false" })
    void formApiAndCsvAgree(String template, boolean valid) {
        boolean form = viaForm(address(template));
        boolean api = viaApi(address(template));
        boolean csv = viaCsv(address(template));
        assertEquals(valid, form, "form: " + template);
        assertEquals(valid, api, "API: " + template);
        assertEquals(valid, csv, "CSV: " + template);
    }

    private static String address(String template) {
        return template.replace("{t}", "m" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static String teamId() {
        return Long.toString(Api.as(Role.HR).get("/api/teams").then().extract().jsonPath()
                .getLong("find { it.name == 'Front Desk' }.id"));
    }

    private static boolean viaForm(String email) {
        Response response = WebSession.as(Role.HR).submit("/people/new", "/people", Map.of("fullName", "Mail Rule",
                "email", email, "teamId", teamId(), "role", "EMPLOYEE", "active", "true"));
        if (response.statusCode() == 303) {
            return true;
        }
        assertEquals(400, response.statusCode());
        assertEquals("Enter a valid e-mail address.", WebSession.html(response).selectFirst("#e-email").text());
        return false;
    }

    private static boolean viaApi(String email) {
        Response response = Api.as(Role.HR).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Mail Rule", "email", email, "teamId", Long.parseLong(teamId()),
                        "role", "EMPLOYEE"))
                .post("/api/people");
        if (response.statusCode() == 201) {
            return true;
        }
        assertEquals(400, response.statusCode(), response.asString());
        assertEquals("Enter a valid e-mail address.", response.jsonPath().getString("errors.email"));
        return false;
    }

    private static boolean viaCsv(String email) {
        String cell = email.contains("\"") || email.contains(",") ? "\"" + email.replace("\"", "\"\"") + "\"" : email;
        String csv = StaffImport.HEADER + "\nMail Rule," + cell + ",Front Desk,Customer Service,EMPLOYEE\n";
        Response response = Api.as(Role.HR).contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/people/import");
        if (response.statusCode() == 200) {
            assertEquals(1, response.jsonPath().getInt("created"), response.asString());
            return true;
        }
        assertEquals(400, response.statusCode(), response.asString());
        assertEquals(1, response.jsonPath().getList("errors").size(), response.asString());
        assertEquals(true, response.jsonPath().getString("errors[0].message").contains("e-mail"), response.asString());
        return false;
    }
}
