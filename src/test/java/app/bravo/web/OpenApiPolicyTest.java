package app.bravo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document is for administrators in every spelling SmallRye serves it under. */
@QuarkusTest
class OpenApiPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = { "/q/openapi", "/q/openapi.json", "/q/openapi.yaml", "/q/openapi.yml",
            "/q/openapi?format=json", "/q/openapi/" })
    void onlyAdministratorsReadTheApiDocument(String path) {
        assertEquals(403, Api.as(Role.EMPLOYEE).accept("*/*").redirects().follow(false).get(path).statusCode(), path);
        assertEquals(403, Api.as(Role.HR).accept("*/*").redirects().follow(false).get(path).statusCode(), path);
        assertEquals(403, WebSession.as(Role.EMPLOYEE).get(path).statusCode(), path);
        assertEquals(200, Api.as(Role.ADMIN).accept("*/*").redirects().follow(false).get(path).statusCode(), path);
    }
}
