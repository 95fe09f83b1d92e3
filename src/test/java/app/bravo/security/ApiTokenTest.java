package app.bravo.security;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import app.bravo.support.Api;
import app.bravo.support.FreshPerson;
import app.bravo.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Personal and service API tokens: shown once, stored hashed, scoped, revocable. */
@QuarkusTest
class ApiTokenTest {

    static RequestSpecification bearer(String token) {
        return Api.bearer(token);
    }

    /** Creates a personal token on the account page, as a person would, and returns the secret shown once. */
    static String personalToken(WebSession person, String name) {
        Response created = person.submit("/account", "/account/tokens", Map.of("name", name, "days", "30"));
        assertEquals(200, created.statusCode());
        assertEquals("no-store", created.getHeader("Cache-Control"), "the secret is never cached");
        String secret = WebSession.html(created).selectFirst("#new-token").text();
        assertTrue(secret.startsWith(ApiTokens.PREFIX), secret);
        return secret;
    }

    static String serviceToken(String name, String... scopes) {
        return app.bravo.support.ServiceTokens.issue(name, scopes);
    }

    @Test
    void aPersonalTokenActsAsItsOwnerUntilRevoked() {
        FreshPerson person = FreshPerson.of(Role.EMPLOYEE);
        WebSession browser = person.login();
        String secret = personalToken(browser, "report script");

        bearer(secret).get("/api/people?q=fresh").then().statusCode(200);
        bearer(secret).contentType("application/json").body(Map.of("name", "x", "department", "y"))
                .post("/api/teams").then().statusCode(403);

        Document account = browser.page("/account");
        assertFalse(account.html().contains(secret), "the secret is shown once, never again");
        assertTrue(account.text().contains("report script"));

        String revoke = account.selectFirst("form[action$=/revoke]").attr("action");
        browser.submit("/account", revoke, Map.of()).then().statusCode(303);
        bearer(secret).get("/api/people").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void tokensAreStoredOnlyAsAKeyedHash() {
        String secret = personalToken(FreshPerson.of(Role.EMPLOYEE).login(), "hash check");
        List<ApiToken> stored = QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken> listAll());
        assertTrue(stored.stream().noneMatch(t -> secret.equals(t.tokenHash) || secret.equals(t.prefix)
                || secret.equals(t.name)));
        assertTrue(stored.stream().anyMatch(t -> t.tokenHash.length() == 64 && secret.startsWith(t.prefix)));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String secret = personalToken(FreshPerson.of(Role.EMPLOYEE).login(), "short-lived");
        bearer(secret).get("/api/behaviours").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> ApiToken.update("expiresAt = ?1 where prefix = ?2",
                Instant.now().minusSeconds(1), secret.substring(0, ApiTokens.PREFIX.length() + 4)));
        bearer(secret).get("/api/behaviours").then().statusCode(401);
    }

    @Test
    void aDeactivatedPersonsTokensStopWorking() {
        FreshPerson person = FreshPerson.of(Role.EMPLOYEE);
        String secret = personalToken(person.login(), "leaver's script");
        long teamId = Api.as(Role.HR).get("/api/people/" + person.id()).then().extract().jsonPath().getLong("teamId");
        WebSession.as(Role.HR).submit("/people/" + person.id() + "/edit", "/people/" + person.id(), Map.of("fullName",
                "Leaver", "email", person.email(), "teamId", String.valueOf(teamId), "role", "EMPLOYEE"))
                .then().statusCode(303);
        bearer(secret).get("/api/behaviours").then().statusCode(401);
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() {
        WebSession owner = FreshPerson.of(Role.EMPLOYEE).login();
        String secret = personalToken(owner, "mine");
        String revoke = owner.page("/account").selectFirst("form[action$=/revoke]").attr("action");
        WebSession other = FreshPerson.of(Role.EMPLOYEE).login();
        assertEquals(404, other.submit("/account", revoke, Map.of()).statusCode());
        bearer(secret).get("/api/behaviours").then().statusCode(200);
    }

    @Test
    void aServiceTokenMayDoOnlyWhatItsScopesAllow() {
        String reader = serviceToken("Directory reader " + System.nanoTime(), "directory:read");
        bearer(reader).get("/api/people?q=petrovic").then().statusCode(200);
        bearer(reader).get("/api/behaviours").then().statusCode(200);
        bearer(reader).contentType("text/csv").body("name,email,team,department,role\n").post("/api/people/import")
                .then().statusCode(403);
        bearer(reader).contentType("application/json").body(Map.of("name", "x", "department", "y"))
                .post("/api/teams").then().statusCode(403);

        String importer = serviceToken("HR system " + System.nanoTime(), "directory:import");
        bearer(importer).get("/api/people").then().statusCode(403);
        String csv = "name,email,team,department,role\nToken Import,token.import." + System.nanoTime()
                + "@test.bravo,Front Desk,Customer Service,\n";
        bearer(importer).contentType("text/csv").body(csv).post("/api/people/import").then().statusCode(200);

        Document audit = WebSession.as(Role.ADMIN).page("/audit");
        assertTrue(audit.text().contains("Service token issued"), "issuing a token is audited");
        assertTrue(audit.text().contains("token:HR system"), "the import names the token as its actor");
    }

    @Test
    void aServiceTokenNeedsAScopeAndOnlyAdminsIssueThem() {
        WebSession admin = WebSession.as(Role.ADMIN);
        Response refused = admin.submit("/admin/tokens", "/admin/tokens", Map.of("name", "no scope", "days", "30"));
        assertEquals(400, refused.statusCode());
        assertNotNull(WebSession.html(refused).selectFirst("#e-scopes"));
        assertEquals(403, WebSession.as(Role.HR).get("/admin/tokens").statusCode());
    }

    @Test
    void tokensOpenTheApiOnlyNeverThePages() {
        String secret = personalToken(FreshPerson.of(Role.EMPLOYEE).login(), "api only");
        Response page = bearer(secret).redirects().follow(false).get("/people");
        assertEquals(302, page.statusCode(), "pages ask for a login");
        bearer("bravo_not-a-real-token").get("/api/people").then().statusCode(401);
        bearer("").get("/api/people").then().statusCode(401);
    }
}
