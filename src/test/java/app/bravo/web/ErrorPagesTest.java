package app.bravo.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import app.bravo.support.Api;
import app.bravo.support.FailingResource;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import app.bravo.security.Role;
import io.restassured.response.Response;

@QuarkusTest
class ErrorPagesTest {

    @Test
    void unknownPageGetsAHelpful404InTheVisitorsLanguage() {
        Response response = WebSession.as(Role.EMPLOYEE).language("sr").get("/no/such/page");
        assertEquals(404, response.statusCode());
        Document page = WebSession.html(response);
        assertEquals("Stranica nije pronađena", page.selectFirst("h1").text());
        assertTrue(page.select("a[href=/]").size() > 0, "it links back home");
        assertTrue(page.select("a[href=/people]").size() > 0, "and to the directory");
    }

    @Test
    void missingRecordIs404NotAnError() {
        WebSession ana = WebSession.as(Role.EMPLOYEE).language("sl");
        assertEquals(404, ana.get("/people/987654").statusCode());
        assertEquals(404, ana.get("/people/not-a-number").statusCode());
        assertEquals("Strani ni mogoče najti", WebSession.html(ana.get("/teams/987654")).selectFirst("h1").text());
    }

    @Test
    void apiErrorsAreProblemDetails() {
        Api.as(Role.EMPLOYEE).get("/api/people/987654").then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(404))
                .body("title", equalTo("Page not found"))
                .body("instance", equalTo("/api/people/987654"));
        Api.as(Role.EMPLOYEE).get("/api/nothing-here").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void unexpectedErrorShowsNoStackTraceOrClassName() {
        Response page = WebSession.as(Role.EMPLOYEE).get("/test-only/boom");
        assertEquals(500, page.statusCode());
        String body = page.asString();
        assertFalse(body.contains(FailingResource.SECRET));
        assertFalse(body.contains("IllegalStateException"));
        assertFalse(body.contains("at app.bravo"));
        assertTrue(WebSession.html(page).selectFirst("h1").text().contains("went wrong"));

        Api.as(Role.EMPLOYEE).get("/api/test-only/boom").then()
                .statusCode(500)
                .contentType(containsString("application/problem+json"))
                .body(not(containsString(FailingResource.SECRET)))
                .body(not(containsString("Exception")));
    }

    @Test
    void losingARaceOnAUniqueNameIsAConflictNotAServerError() {
        Response response = WebSession.as(Role.EMPLOYEE).get("/test-only-race");
        assertEquals(409, response.statusCode());
        assertEquals("Someone changed this at the same time", WebSession.html(response).selectFirst("h1").text());
        assertFalse(response.asString().contains("uk_team_name"));
    }

    @Test
    void logoutLinkAsksBeforeLoggingOut() {
        WebSession ana = WebSession.as(Role.EMPLOYEE);
        Document page = ana.page("/logout");
        assertEquals(1, page.select("main form[action=/logout] input[name=csrf-token]").size());
        assertEquals(200, ana.get("/people").statusCode(), "looking at the page did not log out");
    }

    @Test
    void wrongMethodIsAPoliteError() {
        Response response = WebSession.as(Role.EMPLOYEE).request().redirects().follow(false)
                .delete("/people");
        assertEquals(415, response.statusCode(), "pages change only through forms");
        assertEquals("The request could not be completed (415)", WebSession.html(response).selectFirst("h1").text());
    }
}
