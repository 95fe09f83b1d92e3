package app.bravo.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import app.bravo.security.ApiToken;
import app.bravo.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Service tokens issued and revoked on the admin's page, as an admin would. */
public final class ServiceTokens {

    private ServiceTokens() {
    }

    /** Issues a token with these scope codes ({@code feedback:write}) and returns the secret shown once. */
    public static String issue(String name, String... scopes) {
        WebSession admin = WebSession.as(Role.ADMIN);
        Map<String, String> form = new HashMap<>(Map.of("name", name, "days", "90",
                "csrf-token", admin.csrfToken("/admin/tokens")));
        RequestSpecification request = admin.request().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParams(form);
        for (String scope : scopes) {
            request = request.formParam("scopes", scope);
        }
        Response created = request.post("/admin/tokens");
        assertEquals(200, created.statusCode(), created.asString());
        return WebSession.html(created).selectFirst("#new-token").text();
    }

    /** Revokes the service token of this name on the admin's page. */
    public static void revoke(String name) {
        long id = QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken> find("name", name).firstResult().id);
        WebSession.as(Role.ADMIN).submit("/admin/tokens", "/admin/tokens/" + id + "/revoke", Map.of()).then()
                .statusCode(303);
    }
}
