package app.bravo.branding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.bravo.audit.AuditEntry;
import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.FreshPerson;
import app.bravo.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** HR's "why great service matters to us" on the board: who writes it, languages, escaping, the limits. */
@QuarkusTest
class PurposeTest {

    static Response savePurpose(WebSession session, String en, String sr, String sl) {
        return session.submit("/", "/purpose", Map.of("en", en, "sr", sr, "sl", sl));
    }

    /** A new person, who has chosen no language, so Accept-Language decides. */
    static WebSession reader() {
        return FreshPerson.of(Role.EMPLOYEE).login();
    }

    @BeforeEach
    @AfterEach
    void noStatement() {
        savePurpose(WebSession.as(Role.HR), "", "", "").then().statusCode(303);
    }

    @ParameterizedTest
    @ValueSource(strings = { "EMPLOYEE", "MODERATOR" })
    void onlyHrAndAdminsWriteTheStatement(Role role) {
        WebSession session = WebSession.as(role);
        assertEquals(403, session.get("/purpose").statusCode());
        assertEquals(403, savePurpose(session, "Taken over", "", "").statusCode());
        assertNull(session.page("/").selectFirst("#purpose"), "nothing was saved");
        assertNull(session.page("/").selectFirst("a[href=/purpose]"));
        assertEquals(200, WebSession.as(Role.HR).get("/purpose").statusCode());
        assertEquals(303, savePurpose(WebSession.as(Role.ADMIN), "Written by an admin.", "", "").statusCode());
    }

    @Test
    void theStatementShowsInTheReadersLanguageWithEnglishFallbackAndEscaped() {
        long before = QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.count("action", "branding.purpose_updated"));
        String english = "Customers remember how we made them feel. <script>alert(1)</script> {inject:me.name}";
        String slovenian = "Stranke si zapomnijo, kako smo z njimi ravnali. <b>krepko</b>";
        assertEquals(303, savePurpose(WebSession.as(Role.HR), english, "", slovenian).statusCode());
        assertEquals(before + 1, QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.count("action", "branding.purpose_updated")));

        Response board = reader().language("en").get("/");
        Element purpose = WebSession.html(board).selectFirst("#purpose");
        assertNotNull(purpose, "on the board");
        assertEquals(english, purpose.selectFirst(".purpose__text").text());
        assertTrue(purpose.select("script").isEmpty());
        assertTrue(board.asString().contains("&lt;script&gt;"));
        assertTrue(purpose.selectFirst(".purpose__dismiss").hasAttr("hidden"), "the button is for JavaScript only");
        assertFalse(purpose.attr("data-dismiss-key").isBlank());

        assertEquals(slovenian, reader().language("sl").page("/")
                .selectFirst("#purpose .purpose__text").text());
        assertEquals(english, reader().language("sr").page("/")
                .selectFirst("#purpose .purpose__text").text(), "no Serbian text: English");
        assertTrue(reader().language("sl").page("/").select("#purpose b").isEmpty());
    }

    @Test
    void anEditedStatementGetsANewDismissKeySoItShowsAgain() {
        savePurpose(WebSession.as(Role.HR), "First words.", "", "").then().statusCode(303);
        String first = WebSession.as(Role.EMPLOYEE).page("/").selectFirst("#purpose").attr("data-dismiss-key");
        savePurpose(WebSession.as(Role.HR), "Second words.", "", "").then().statusCode(303);
        String second = WebSession.as(Role.EMPLOYEE).page("/").selectFirst("#purpose").attr("data-dismiss-key");
        assertFalse(first.equals(second), first);
    }

    @Test
    void limitsAndTheEnglishFallbackAreChecked() {
        WebSession hr = WebSession.as(Role.HR);
        Response tooLong = savePurpose(hr, "x".repeat(PurposeInput.MAX + 1), "", "");
        assertEquals(400, tooLong.statusCode());
        Document form = WebSession.html(tooLong);
        assertNotNull(form.selectFirst(".field--error #f-en"));
        assertEquals(PurposeInput.MAX + 1, form.selectFirst("#f-en").text().length(), "what was typed stays");

        String serbian = "Š".repeat(PurposeInput.MAX);
        Response noEnglish = savePurpose(hr, "", serbian, "");
        assertEquals(400, noEnglish.statusCode());
        assertNotNull(WebSession.html(noEnglish).selectFirst("#e-en"));
        assertEquals(serbian, WebSession.html(noEnglish).selectFirst("#f-sr").text());

        assertEquals(303, savePurpose(hr, "English.", serbian, "").statusCode(), "500 Serbian letters fit");
        assertEquals(serbian, reader().language("sr").page("/")
                .selectFirst("#purpose .purpose__text").text());
        assertEquals(serbian, hr.page("/purpose").selectFirst("#f-sr").text());
    }

    @Test
    void theApiWritesTheStatementForHrOnly() {
        Map<String, String> body = Map.of("en", "Through the API.", "sl", "Prek vmesnika.");
        Api.as(Role.EMPLOYEE).contentType(ContentType.JSON).body(body).put("/api/branding/purpose").then()
                .statusCode(403);
        Api.as(Role.MODERATOR).contentType(ContentType.JSON).body(body).put("/api/branding/purpose").then()
                .statusCode(403);
        Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("en", "x".repeat(PurposeInput.MAX + 1)))
                .put("/api/branding/purpose").then().statusCode(400).body("errors.en", org.hamcrest.Matchers.notNullValue());
        Api.as(Role.HR).contentType(ContentType.JSON).body(body).put("/api/branding/purpose").then().statusCode(200)
                .body("purpose.sl", org.hamcrest.Matchers.equalTo("Prek vmesnika."));
        Api.as(Role.EMPLOYEE).get("/api/branding").then().body("purpose.en",
                org.hamcrest.Matchers.equalTo("Through the API."));
        assertEquals("Prek vmesnika.", reader().language("sl").page("/").selectFirst("#purpose .purpose__text").text());
    }

    @Test
    void withoutAStatementTheBoardHasNoLine() {
        assertNull(WebSession.as(Role.EMPLOYEE).page("/").selectFirst("#purpose"));
    }
}
